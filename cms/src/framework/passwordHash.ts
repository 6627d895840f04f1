import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

/**
 * The cost of Payload's current password hash (generatePasswordSaltHash in
 * payload/dist/auth/strategies/local/generatePasswordSaltHash.js: PBKDF2-SHA256, 600,000
 * iterations, 32 bytes, the salt's hex text as salt). The sign-in throttle spends the same
 * work on an unknown email, so the answer's timing does not tell whether an account exists
 * (collections/Users/hooks/signInThrottle.ts). passwordHash.spec.ts hashes a password with
 * Payload's own function and with this one and fails when they differ.
 */
export const PAYLOAD_PASSWORD_HASH = {
  iterations: 600_000,
  keyLength: 32,
  digest: 'sha256',
} as const

/** The hash Payload stores for `password` with `salt` (hex, without Payload's prefix). */
export async function hashPasswordAsPayload(password: string, salt: string): Promise<string> {
  const { iterations, keyLength, digest } = PAYLOAD_PASSWORD_HASH
  return (await derive(password, salt, iterations, keyLength, digest)).toString('hex')
}
