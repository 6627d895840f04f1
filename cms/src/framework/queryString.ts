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
