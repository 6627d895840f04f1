import { spawn } from 'node:child_process'
import { once } from 'node:events'

import { freePort, waitForHttp, webDir, type Service } from '@mlops-guide/stack'
import type { Page } from '@playwright/test'

export const cmsUrl = () => process.env.E2E_CMS_URL!
export const webUrl = () => process.env.E2E_WEB_URL!
export const stackEnv = (): Record<string, string> => JSON.parse(process.env.E2E_ENV!)

/** A REST call to the running CMS. */
export async function cms(
  method: string,
  apiPath: string,
  opts: { token?: string; body?: unknown } = {},
) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (opts.token) headers.authorization = `JWT ${opts.token}`
  const res = await fetch(`${cmsUrl()}/api${apiPath}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  })
  return { status: res.status, body: (await res.json()) as any }
}

export async function adminToken(): Promise<string> {
  const env = stackEnv()
  const res = await cms('POST', '/users/login', {
    body: { email: env.SEED_ADMIN_EMAIL, password: env.SEED_ADMIN_PASSWORD },
  })
  return res.body.token
}

export { guideDocumentLines as documentLines } from '@mlops-guide/stack'

/**
 * How long the e2e tests wait for a published change to show on the site: it arrives within
 * milliseconds through the CMS's change notice (bench:figures measures it), long before the
 * site's own refresh timer; this bound only keeps a loaded CI machine from failing them.
 */
export const SHOWN_WITHIN_MS = 10_000

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

/**
 * One page of each kind the site has: the guide, the career path, a stage, salaries, skills,
 * a skill, changes, a search with results, and the learning path's checklist.
 */
export const PAGE_TYPES = [
  '/',
  '/career-path',
  '/career-path/mlops-engineer',
  '/salaries',
  '/skills',
  '/skills/kubernetes',
  '/changes',
  '/search?q=kubernetes',
  '/learning-path',
]

/** "Where do I stand?" answered, and shown back with a problem (its own spec: careerPath). */
export const STANDING_PAGES = ['/career-path?years=4&from=devops', '/career-path?years=abc']

/**
 * Starts another process of the built site (server.js) with the stack's environment and
 * `env` on top; `stop` ends it and waits for its exit.
 */
export async function startSite(env: Record<string, string>) {
  const port = await freePort()
  const child = spawn(process.execPath, ['server.js'], {
    cwd: webDir,
    env: { ...process.env, ...stackEnv(), PORT: String(port), ...env },
    stdio: 'ignore',
  })
  const service: Service = { name: 'web', child, stop: async () => void child.kill() }
  await waitForHttp(`http://127.0.0.1:${port}/robots.txt`, service)
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null && child.kill()) await once(child, 'exit')
    },
  }
}

/**
 * Takes out the words only assistive technology gets (a skill link's category, SkillLine.svelte),
 * so a test reads the text as a sighted reader does.
 */
export const dropLinkContext = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('.link-context').forEach((e) => e.remove()))
