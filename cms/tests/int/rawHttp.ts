import http from 'node:http'

import { cmsUrl, randomAddress } from './helpers'

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; text: string }

// Kept-alive connections: the fuzz test sends thousands of requests.
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 })

/**
 * One request with any method, including those fetch refuses to send (TRACE, CONNECT) and
 * ones Node's parser does not know (FOO): node:http sends the method as given.
 */
export function rawRequest(
  method: string,
  path: string,
  opts: { token?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const url = new URL(`${cmsUrl()}${path}`)
  const headers: Record<string, string> = { 'x-forwarded-for': randomAddress(), ...opts.headers }
  if (opts.token) headers.authorization = `JWT ${opts.token}`
  if (opts.body !== undefined) headers['content-length'] = String(Buffer.byteLength(opts.body))
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        headers,
        agent,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(opts.body)
  })
}

/** The `errors[0].message` of a JSON refusal, or null when the body is not one. */
export function errorMessage(text: string): string | null {
  try {
    const body = JSON.parse(text) as { errors?: { message?: unknown }[] }
    const message = body.errors?.[0]?.message
    return typeof message === 'string' ? message : null
  } catch {
    return null
  }
}
