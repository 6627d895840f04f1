import { inject } from 'vitest'

export const cmsUrl = () => inject('cmsUrl')

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers }

/** A made-up client address, so tests do not share one anonymous rate limit. */
export const randomAddress = () =>
  `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`

/** One REST call to the running CMS (or the one at `base`), as any HTTP client would make it. */
export async function api<T = any>(
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string>; base?: string } = {},
): Promise<ApiResponse<T>> {
  // The test CMS trusts one proxy hop (TRUST_PROXY_HOPS=1): this header plays the proxy.
  const headers: Record<string, string> = { 'x-forwarded-for': randomAddress(), ...opts.headers }
  if (opts.token) headers.authorization = `JWT ${opts.token}`
  if (opts.body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(`${opts.base ?? cmsUrl()}/api${path}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  })
  const text = await res.text()
  let body: any = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: keep the text for the assertion message
  }
  return { status: res.status, body, headers: res.headers }
}

export async function login(email: string, password: string, base?: string): Promise<string> {
  const res = await api('POST', '/users/login', { body: { email, password }, base })
  if (res.status !== 200)
    throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}

/** The seeded admin's token, on the test stack's CMS or another one on a copy of its database. */
export const adminLogin = (base?: string) => {
  const env = inject('cmsEnv')
  return login(env.SEED_ADMIN_EMAIL!, env.SEED_ADMIN_PASSWORD!, base)
}

/** Signs in as a user with `role`, creating the account (as admin) on first use. */
export async function loginAs(role: 'admin' | 'editor' | 'contributor'): Promise<string> {
  if (role === 'admin') return adminLogin()
  const email = `${role}@guide.test`
  const password = `${role}-password-123`
  const admin = await adminLogin()
  const found = await api('GET', `/users?where[email][equals]=${encodeURIComponent(email)}`, {
    token: admin,
  })
  if (found.body.totalDocs === 0) {
    const made = await api('POST', '/users', {
      token: admin,
      body: { email, password, roles: [role], name: role },
    })
    if (made.status !== 201) throw new Error(`create ${role}: ${JSON.stringify(made.body)}`)
  }
  return login(email, password)
}

/** The first field error of a Payload ValidationError response. */
export const fieldErrors = (body: any): { path: string; message: string }[] =>
  body?.errors?.[0]?.data?.errors ?? []

/** One GraphQL request as the user whose token this is, from an address of its own. */
export async function graphqlAs(token: string, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(`${cmsUrl()}/api/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `JWT ${token}`,
      'x-forwarded-for': randomAddress(),
    },
    body: JSON.stringify({ query, variables }),
  })
  return { status: res.status, body: await res.json() }
}
