import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'

import { buildCms, buildWeb, freePort, repoRoot, startCms, startWeb } from '@mlops-guide/stack'

import { loadWhile, type LoadCounts } from './keepAliveLoad'

/**
 * Stops under load drop nothing: SIGTERM of the CMS, SIGTERM of the site (what Kubernetes
 * sends), and Ctrl-C of the whole local stack (SIGINT to its process group). Each run keeps
 * CONNECTIONS keep-alive clients busy while the signal arrives (keepAliveLoad.ts says what
 * counts as failed), and prints the counts.
 */
const CONNECTIONS = 8
// Past the anonymous rate limit these clients would get 429s, which say nothing here.
const UNLIMITED = { RATE_LIMIT_ANONYMOUS: '100000000', TRUST_PROXY_HOPS: '0' }

/** Everything `child` writes, as it comes. */
function outputOf(child: ChildProcess) {
  const output = { text: '' }
  child.stdout?.on('data', (c) => (output.text += c))
  child.stderr?.on('data', (c) => (output.text += c))
  return output
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode)
    else child.once('exit', (code) => resolve(code))
  })

function report(what: string, counts: LoadCounts) {
  console.log(
    `${what}: ${counts.answered} answered (${counts.closing} with Connection: close), ${counts.failed} failed, ${counts.refused} new connections refused after the port closed${counts.failures.length ? `; failures: ${[...new Set(counts.failures)].join(', ')}` : ''}`,
  )
}

describe('a stop under load', () => {
  it('SIGTERM of the CMS answers every request it took', async () => {
    const port = await freePort()
    const cms = await startCms({ ...inject('cmsEnv'), ...UNLIMITED }, port, { quiet: true })
    const output = outputOf(cms.child)
    const base = `http://127.0.0.1:${port}`
    const counts = await loadWhile(
      [`${base}/api/faqs?limit=1&depth=0`, `${base}/api/health/live`, `${base}/api/roles?limit=5`],
      {
        connections: CONNECTIONS,
        warmUpMs: 3000,
        maxMs: 20_000,
        signal: () => cms.child.kill('SIGTERM'),
      },
    )
    expect(await exited(cms.child)).toBe(0)
    report('CMS SIGTERM', counts)
    expect(counts.failures).toEqual([])
    expect(counts.answered).toBeGreaterThanOrEqual(CONNECTIONS)
    // Each kept-alive connection heard it was closing, instead of being cut.
    expect(counts.closing).toBeGreaterThan(0)
    expect(output.text).toMatch(/"msg":"stopped"/)
  }, 120_000)

  it('SIGTERM of the site answers every request it took', async () => {
    const port = await freePort()
    const snapshots = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-stop-web-'))
    const env = {
      ...inject('cmsEnv'),
      CONTENT_SNAPSHOT_FILE: path.join(snapshots, 'content-snapshot.json'),
    }
    const web = await startWeb(env, port, { quiet: true })
    const output = outputOf(web.child)
    const base = `http://127.0.0.1:${port}`
    try {
      const counts = await loadWhile([`${base}/`, `${base}/healthz`, `${base}/salaries`], {
        connections: CONNECTIONS,
        warmUpMs: 3000,
        maxMs: 20_000,
        signal: () => web.child.kill('SIGTERM'),
      })
      expect(await exited(web.child)).toBe(0)
      report('site SIGTERM', counts)
      expect(counts.failures).toEqual([])
      expect(counts.answered).toBeGreaterThanOrEqual(CONNECTIONS)
      expect(counts.closing).toBeGreaterThan(0)
      expect(output.text).toMatch(/"msg":"stopped"/)
    } finally {
      await web.stop()
      fs.rmSync(snapshots, { recursive: true, force: true })
    }
  }, 300_000)

  it('Ctrl-C of the whole stack stops the apps, then the database, and ends its log with "stopped"', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-stop-stack-'))
    // The embedded server runs as another user, who must reach dataDir/postgres.
    fs.chmodSync(dataDir, 0o755)
    const [cmsPort, webPort, dbPort] = [await freePort(), await freePort(), await freePort()]
    // As from a terminal: without vitest's NODE_ENV=test.
    const inherited = Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV')
    const env: Record<string, string | undefined> = {
      ...Object.fromEntries(inherited),
      ...UNLIMITED,
      STACK_DATA_DIR: dataDir,
      CMS_PORT: String(cmsPort),
      WEB_PORT: String(webPort),
      EMBEDDED_POSTGRES_PORT: String(dbPort),
    }
    // Built beforehand (no-ops when up to date), so the stack below only starts.
    await buildCms(inject('cmsEnv'), { quiet: true })
    await buildWeb(inject('cmsEnv'), { quiet: true })
    // Its own process group, as a terminal gives `npm start`: Ctrl-C signals the whole group.
    const stack = spawn(
      process.execPath,
      [path.join(repoRoot, 'packages/stack/src/cli.ts'), 'start'],
      {
        cwd: repoRoot,
        env: env as NodeJS.ProcessEnv,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    const output = outputOf(stack)
    try {
      const deadline = Date.now() + 240_000
      while (!output.text.includes('press Ctrl-C to stop')) {
        if (stack.exitCode !== null || Date.now() > deadline) throw new Error(output.text)
        await new Promise((r) => setTimeout(r, 200))
      }
      const site = `http://127.0.0.1:${webPort}`
      const cms = `http://127.0.0.1:${cmsPort}`
      const counts = await loadWhile(
        [
          `${site}/`,
          `${cms}/api/faqs?limit=1&depth=0`,
          `${site}/healthz`,
          `${cms}/api/health/live`,
        ],
        {
          connections: CONNECTIONS,
          warmUpMs: 3000,
          maxMs: 40_000,
          signal: () => process.kill(-stack.pid!, 'SIGINT'),
        },
      )
      expect(await exited(stack)).toBe(0)
      report('stack Ctrl-C', counts)
      expect(counts.failures).toEqual([])
      expect(counts.answered).toBeGreaterThanOrEqual(CONNECTIONS)
      const lines = output.text.trim().split('\n')
      expect(lines.at(-1)).toMatch(/\] stopped$/)
      // The apps were done before the database went: each logged its own stop first.
      const stoppedAt = (pattern: RegExp) => lines.findIndex((l) => pattern.test(l))
      const databaseGone = lines.length - 1
      expect(stoppedAt(/^cms .*"msg":"stopped"/)).toBeGreaterThan(-1)
      expect(stoppedAt(/^web .*"msg":"stopped"/)).toBeGreaterThan(-1)
      expect(stoppedAt(/^cms .*"msg":"stopped"/)).toBeLessThan(databaseGone)
      expect(fs.existsSync(path.join(dataDir, 'postgres/postmaster.pid'))).toBe(false)
    } finally {
      if (stack.exitCode === null) {
        process.kill(-stack.pid!, 'SIGTERM')
        await exited(stack)
      }
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }, 400_000)
})
