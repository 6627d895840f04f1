import type { AfterErrorHook } from 'payload'

import { foreignOrigin, useAdminAt } from './adminAddress'

/**
 * A write refused because its session cookie came from a foreign origin reaches Payload as
 * an anonymous request, whose 403 reads "You are not allowed to perform this action.": a
 * permission problem the editor cannot fix. Such a 403 says which address to use instead.
 */
export const explainForeignOrigin: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status
  const sessionCookie = `${req.payload.config.cookiePrefix}-token=`
  if (status !== 403 || req.user || !req.headers.get('cookie')?.includes(sessionCookie)) return
  const origin = foreignOrigin(req)
  if (!origin) return
  return { response: { errors: [{ message: useAdminAt(origin) }] }, status: 403 }
}
