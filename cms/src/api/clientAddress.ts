import { env } from '../env'

/**
 * The client's address. Next puts the socket's address in x-forwarded-for; behind a proxy
 * (TRUST_PROXY_HOPS > 0) the real client stands that many entries from the end.
 */
export function clientAddress(req: { headers: Headers }): string {
  const chain = (req.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return chain[Math.max(0, chain.length - 1 - env.TRUST_PROXY_HOPS)] ?? 'unknown'
}
