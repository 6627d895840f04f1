import { createHmac, timingSafeEqual } from 'node:crypto'

import type { PreviewTarget } from '@mlops-guide/content/preview'

import { env } from '../env'

type Claims = { target: PreviewTarget; user: number | string; expires: number }

/** Long enough to open and read a preview, short enough that a leaked link soon dies. */
export const PREVIEW_TOKEN_SECONDS = 10 * 60

// A key of its own, derived from the CMS secret, so a preview token can never pass as a
// session or any other signature the CMS makes.
const key = () => createHmac('sha256', env.PAYLOAD_SECRET).update('preview-token-v1').digest()
const sign = (body: string) => createHmac('sha256', key()).update(body).digest('base64url')

/**
 * A signed, expiring token naming the document and the signed-in user it was made for.
 * Written by hand (a dozen lines of HMAC) because a JWT library would add nothing here:
 * only this CMS makes and reads these tokens.
 */
export function createPreviewToken(
  target: PreviewTarget,
  user: number | string,
  now = Date.now(),
): string {
  const claims: Claims = { target, user, expires: Math.floor(now / 1000) + PREVIEW_TOKEN_SECONDS }
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${body}.${sign(body)}`
}

/** The claims of a genuine, unexpired token; null for anything else. */
export function readPreviewToken(token: string, now = Date.now()): Claims | null {
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return null
  const expected = Buffer.from(sign(body))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Claims
    return claims.expires * 1000 > now ? claims : null
  } catch {
    return null
  }
}
