import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { clientAddress } from '../../../api/clientAddress'
import { createRateLimiter } from '../../../api/rateLimiter'
import { hashPasswordAsPayload } from '../../../framework/passwordHash'

/**
 * Sign-in attempts are counted per (email, address), not per account: Payload's own lockout
 * (maxLoginAttempts) locks the account for everyone, so five requests from anyone locked
 * its owner out. Here the owner, signing in from their own address, is never refused
 * because someone else guessed; a guesser gets ATTEMPTS tries per WINDOW per address.
 */
export const ATTEMPTS = 5
const WINDOW_SECONDS = 10 * 60
const attempts = createRateLimiter('sign-in', WINDOW_SECONDS)

const keyOf = (email: unknown, req: Parameters<CollectionAfterLoginHook>[0]['req']) =>
  `${String(email ?? '')
    .trim()
    .toLowerCase()}|${clientAddress(req)}`

export const throttleSignIn: CollectionBeforeOperationHook = async ({ operation, args, req }) => {
  if (operation !== 'login') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  const verdict = await attempts.hit(req.payload.db.pool, keyOf(email, req), ATTEMPTS)
  if (!verdict.allowed) {
    req.responseHeaders = new Headers({ 'Retry-After': String(verdict.retryAfterSeconds) })
    throw new APIError(
      `Too many sign-in attempts for this email from your address; retry in ${verdict.retryAfterSeconds} s`,
      429,
      undefined,
      true,
    )
  }
  // An unknown email costs the same password hash a known one does (Payload's, with its
  // cost), so the answer's timing does not tell whether the account exists (the message
  // already does not).
  const known =
    typeof email === 'string' &&
    (await req.payload.count({ collection: 'users', where: { email: { equals: email } }, req }))
      .totalDocs > 0
  if (!known)
    await hashPasswordAsPayload(
      String((args as { data?: { password?: unknown } }).data?.password ?? ''),
      'unknown-account',
    )
  return args
}

/** A successful sign-in clears the count for that email and address. */
export const clearSignInAttempts: CollectionAfterLoginHook = async ({ user, req }) => {
  await attempts.reset(req.payload.db.pool, keyOf(user.email, req))
}
