/** Longer searches are refused (400): no question to this guide needs more. */
export const MAX_QUERY_LENGTH = 200

export type ReadQuery = { query: string | null } | { problem: string }

/**
 * The search in an address's `q`: its first value (as the page cache keys it), control
 * characters read as spaces, runs of spaces as one; null when the address has no `q` or only
 * spaces. Too long a search is a problem named for the reader.
 */
export function readQuery(params: URLSearchParams): ReadQuery {
  const raw = params.get('q')
  if (raw === null) return { query: null }
  const query = raw
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  if (query.length > MAX_QUERY_LENGTH) {
    return {
      problem: `q: a search can be at most ${MAX_QUERY_LENGTH} characters long; this one has ${query.length}`,
    }
  }
  return { query: query || null }
}
