import type { Verdict } from './rateLimiter'

/** Which limit applies to a client: the anonymous one per address, or an API key's own. */
export type Policy = 'anonymous' | 'api-key'

/** The rate-limit headers a client reads to pace itself, named as CORS must expose them. */
export const RATE_LIMIT_HEADERS = ['RateLimit-Policy', 'RateLimit'] as const

/**
 * The IETF httpapi draft's fields (draft-ietf-httpapi-ratelimit-headers-10, structured
 * fields: a String naming the policy, then parameters): `RateLimit-Policy: "api-key";q=3000;w=60`
 * says the quota per window, `RateLimit: "api-key";r=2990;t=42` what is left of it and in how
 * many seconds the window resets. Both are per client (a key has its own quota), so the read
 * cache never stores them: every answer, cached or not, carries its own client's count.
 * Hand-written: two short strings, no library needed for them.
 */
export function rateLimitHeaders(
  policy: Policy,
  quota: number,
  windowSeconds: number,
  verdict: Pick<Verdict, 'remaining' | 'resetSeconds'>,
): [string, string][] {
  return [
    ['RateLimit-Policy', `"${policy}";q=${quota};w=${windowSeconds}`],
    ['RateLimit', `"${policy}";r=${verdict.remaining};t=${verdict.resetSeconds}`],
  ]
}
