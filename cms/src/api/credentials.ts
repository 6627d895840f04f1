import { apiKeyScheme } from '../framework/apiKeyIndex'

/** Payload's own scheme for the API clients' keys: `api-clients API-Key <key>`. */
export const PAYLOAD_KEY_SCHEME = apiKeyScheme('api-clients')

/** What a 401 tells a client to send instead (and the WWW-Authenticate challenge it carries). */
export const SCHEME_TO_USE =
  'send `Authorization: Bearer <key>` (or `api-clients API-Key <key>`) with a key from Administration → API keys'
export const CHALLENGE = 'Bearer realm="content API"'

/**
 * Who an Authorization header says is asking, before anyone checks it:
 * - `none`: no header (or an empty one): an anonymous client;
 * - `api-key`: an API client's key, as `Bearer <key>` or Payload's `api-clients API-Key <key>`;
 * - `token`: a CMS user's session token (`JWT <token>`, or `Bearer` with a JWT), which
 *   Payload's JWT strategy checks;
 * - `unusable`: a scheme nobody here answers to, with the 401 message that says what to send.
 * Schemes are matched without regard to case (RFC 9110 §11.1). Payload itself would ignore
 * every header but its exact spellings and answer anonymously: the one owner of this rule, so
 * the front checks, the Bearer strategy and the read cache agree on every header.
 */
export type Credentials =
  | { kind: 'none' }
  | { kind: 'api-key'; key: string }
  | { kind: 'token' }
  | { kind: 'unusable'; message: string }

// Three base64url parts: a JWT. API keys are UUIDs (Payload's "Generate new API key").
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]*$/

export function credentialsOf(authorization: string | null): Credentials {
  const header = authorization?.trim() ?? ''
  if (header === '') return { kind: 'none' }
  const [scheme = '', ...rest] = header.split(/\s+/)
  const value = rest.join(' ')
  const lower = scheme.toLowerCase()
  const keyed = /^(bearer|api-clients\s+api-key)(?:\s+(.*))?$/is.exec(header)
  if (keyed) {
    const key = keyed[2] ?? ''
    if (key === '')
      return { kind: 'unusable', message: `${keyed[1]} without a key; ${SCHEME_TO_USE}` }
    if (lower === 'bearer' && JWT_SHAPE.test(key)) return { kind: 'token' }
    return { kind: 'api-key', key }
  }
  if (lower === 'jwt' && value !== '') return { kind: 'token' }
  // Named in the message only when it reads as a scheme: a bare key is not echoed back.
  const named = /^[A-Za-z][\w.-]{0,19}$/.test(scheme)
  if (named && /^api-key$/i.test(rest[0] ?? '')) {
    const message = `"${scheme} API-Key" is not accepted: API keys belong to API clients; ${SCHEME_TO_USE}`
    return { kind: 'unusable', message }
  }
  const what = named ? `the "${scheme}" scheme is not accepted` : 'the header names no scheme'
  return { kind: 'unusable', message: `Authorization: ${what}; ${SCHEME_TO_USE}` }
}

/** The message of the 401 for credentials Payload did not accept. */
export const refusedMessage = (credentials: Credentials): string => {
  if (credentials.kind === 'unusable') return credentials.message
  if (credentials.kind === 'token') {
    return `The session token is invalid or expired: sign in again, or ${SCHEME_TO_USE}`
  }
  return `Invalid or revoked API key; ${SCHEME_TO_USE}`
}
