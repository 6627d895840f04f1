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

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

/** One page of each kind the site has: the guide, a stage, salaries, skills, a skill, changes. */
export const PAGE_TYPES = [
  '/',
  '/career-path/mlops-engineer',
  '/salaries',
  '/skills',
  '/skills/kubernetes',
  '/changes',
]
