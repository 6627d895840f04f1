import fs from 'node:fs'
import path from 'node:path'

import { repoRoot } from '@mlops-guide/stack'

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

/** The source document's non-empty lines (shared/ sits beside the repository). */
export function documentLines(): string[] {
  const file =
    process.env.GUIDE_DOCUMENT ??
    path.resolve(repoRoot, '../shared/content/mlops-career-guide-2026.txt')
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
}

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim()
