import { spawn } from 'node:child_process'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'

import { cmsDir, freePort } from '@mlops-guide/stack'

import { api } from './helpers'

/** Starts the built CMS's production server with `change` applied to the environment. */
async function startWith(change: Record<string, string | undefined>) {
  const port = await freePort()
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...inject('cmsEnv'),
    NODE_ENV: 'production',
    ...change,
  }
  for (const [key, value] of Object.entries(change)) if (value === undefined) delete env[key]
  const child = spawn(process.execPath, [path.join(cmsDir, 'server.js'), '--port', String(port)], {
    cwd: cmsDir,
    env: env as NodeJS.ProcessEnv,
  })
  let output = ''
  child.stdout.on('data', (c) => (output += c))
  child.stderr.on('data', (c) => (output += c))
  const code = await new Promise<number | null>((resolve) => {
    child.on('exit', resolve)
    setTimeout(() => resolve(null), 30_000)
  })
  child.kill()
  return { code, output, port }
}

describe('production refuses to start without a strong PAYLOAD_SECRET', () => {
  it.each([
    ['missing', undefined],
    ['too short', 'short-secret'],
    ['the .env.example placeholder', 'change-me-to-a-long-random-string'],
  ])('%s: exits 1 naming PAYLOAD_SECRET, and never opens its port', async (_, secret) => {
    const { code, output, port } = await startWith({ PAYLOAD_SECRET: secret })
    expect(code).toBe(1)
    expect(output).toMatch(/PAYLOAD_SECRET/)
    expect(output).toMatch(/refusing to start/)
    expect(output).not.toMatch(/listening/)
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow()
  })
})

describe('the production CMS (the test stack runs NODE_ENV=production)', () => {
  it('sends security headers on the API and the admin', async () => {
    for (const url of ['/api/health', '/admin/login']) {
      const res = await fetch(`${inject('cmsUrl')}${url}`)
      expect(res.headers.get('x-content-type-options'), url).toBe('nosniff')
      expect(res.headers.get('referrer-policy'), url).toBe('strict-origin-when-cross-origin')
      expect(res.headers.get('content-security-policy'), url).toContain("frame-ancestors 'self'")
      expect(res.headers.get('x-frame-options'), url).toBe('SAMEORIGIN')
    }
  })

  it('sets the session cookie Secure and HttpOnly', async () => {
    const env = inject('cmsEnv')
    const res = await api('POST', '/users/login', {
      body: { email: env.SEED_ADMIN_EMAIL, password: env.SEED_ADMIN_PASSWORD },
    })
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  it('has no GraphQL playground, while the GraphQL API answers', async () => {
    expect((await fetch(`${inject('cmsUrl')}/api/graphql-playground`)).status).toBe(404)
    const res = await api('POST', '/graphql', {
      body: { query: '{ Faqs(limit: 1) { totalDocs } }' },
    })
    expect(res.status).toBe(200)
    expect(res.body.data.Faqs.totalDocs).toBeGreaterThan(0)
  })
})
