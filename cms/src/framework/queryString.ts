import { parse } from 'qs-esm'

/**
 * The options Payload's REST handler parses a query string with (createPayloadRequest in
 * payload/dist/utilities/createPayloadRequest.js): the request checks read the query Payload will
 * see, so it must parse it the same way, or a `where` nested deeper than `depth` or an
 * array longer than `arrayLimit` would be checked in one shape and run in another.
 * queryString.spec.ts reads the installed Payload's options and fails when they change.
 */
export const PAYLOAD_QS_OPTIONS = {
  allowEmptyArrays: true,
  arrayLimit: 1000,
  depth: 10,
  ignoreQueryPrefix: true,
} as const

/** A query string (with or without its `?`) as Payload's REST handler reads it. */
export const parseQueryAsPayload = (search: string) =>
  parse(search, PAYLOAD_QS_OPTIONS) as Record<string, unknown>

/**
 * The first key of a query string that Payload's parser silently drops: qs-esm
 * (allowPrototypes off) skips any key whose bracketed part names a property every object
 * inherits (`where[constructor][in]=n`, `where[title][valueOf]=…`), and with it the condition
 * the caller meant. Callers refuse it, so a client is told instead of answered as if it had
 * asked for everything. No option of qs-esm reports what it dropped, hence this.
 */
export function keyPayloadDrops(search: string): string | undefined {
  // A top-level name is a parameter, and one this API does not know is ignored like any
  // other (Next drops `?__proto__=` before the CMS sees it); only the parts inside brackets
  // carry a condition or a field.
  return [...new URLSearchParams(search).keys()].find((key) => {
    const [, ...parts] = key.split(/[[\]]+/).filter(Boolean)
    return parts.some((part) => Object.hasOwn(Object.prototype, part))
  })
}
