import type { PayloadRequest } from 'payload'

import { env } from '../env'

/**
 * The origin a browser request came from when it is not one the CMS takes changes from.
 * Payload ignores the session cookie of a request whose Origin is not in `csrf` (the site's
 * origin and CMS_PUBLIC_URL), so an admin opened at another address (127.0.0.1 instead of
 * localhost, say) could read but never save. Requests without an Origin (servers, scripts,
 * same-origin GETs) are not browsers writing and are never foreign.
 */
export function foreignOrigin(req: PayloadRequest): string | undefined {
  const origin = req.headers.get('origin')
  if (!origin || req.payload.config.csrf.includes(origin)) return undefined
  return origin
}

/** What an editor who opened the admin at `origin` is told to do instead. */
export const useAdminAt = (origin: string) =>
  `This CMS takes sign-ins and changes only at its own address: open ${env.CMS_PUBLIC_URL}/admin (this page was opened at ${origin}).`
