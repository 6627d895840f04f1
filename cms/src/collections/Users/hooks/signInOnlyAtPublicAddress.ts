import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { foreignOrigin, useAdminAt } from '../../../hooks/adminAddress'

/**
 * An admin opened at an address other than CMS_PUBLIC_URL would sign in, show everything,
 * and then refuse every save (its cookie fails the CSRF origin check). Refused at sign-in
 * instead, with the address to use.
 */
export const signInOnlyAtPublicAddress: CollectionBeforeOperationHook = ({
  operation,
  args,
  req,
}) => {
  if (operation !== 'login') return args
  const origin = foreignOrigin(req)
  if (origin) throw new APIError(useAdminAt(origin), 403, undefined, true)
  return args
}
