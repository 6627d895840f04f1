import type { AuthStrategy } from 'payload'

import { credentialsOf, PAYLOAD_KEY_SCHEME } from './credentials'

/** The name Payload gives the API-key strategy it makes for a collection with useAPIKey. */
const PAYLOAD_STRATEGY = 'api-clients-api-key'

/**
 * An API client's key sent the way most clients send a key, `Authorization: Bearer <key>`
 * (or Payload's scheme spelled in another case): handed to Payload's own API-key strategy as
 * `api-clients API-Key <key>`, so the lookup, revocation and the user it yields are exactly
 * Payload's. Payload reads only its exact spelling and would treat these as anonymous.
 * A Bearer JWT is left to Payload's JWT strategy (credentials.ts tells them apart).
 */
export const bearerKeyStrategy: AuthStrategy = {
  name: 'api-clients-bearer',
  authenticate: async (args) => {
    const authorization = args.headers.get('authorization')
    const credentials = credentialsOf(authorization)
    if (credentials.kind !== 'api-key' || authorization?.startsWith(PAYLOAD_KEY_SCHEME)) {
      return { user: null }
    }
    const payloadOwn = args.payload.authStrategies.find((s) => s.name === PAYLOAD_STRATEGY)
    if (!payloadOwn) throw new Error(`Payload has no ${PAYLOAD_STRATEGY} strategy`)
    const headers = new Headers(args.headers)
    headers.set('authorization', `${PAYLOAD_KEY_SCHEME}${credentials.key}`)
    return payloadOwn.authenticate({ ...args, headers })
  },
}
