import type { CollectionBeforeOperationHook, GlobalBeforeOperationHook } from 'payload'

import { isCmsUser } from '../access/roles'

/**
 * A read may carry `data` (the admin's live preview sends the unsaved form, and Payload
 * runs it through the read hooks: relationships, rich-text HTML). Only people in the CMS
 * need that; for anyone else it would let the public API dress made-up content as the
 * guide's, so their reads get the stored document.
 */
function dropData<A>(args: A, user: unknown): A {
  const withData = args as { data?: unknown }
  if (withData?.data === undefined || isCmsUser(user as Parameters<typeof isCmsUser>[0])) {
    return args
  }
  return { ...args, data: undefined }
}

export const previewDataForCmsUsers: CollectionBeforeOperationHook = ({ args, operation, req }) =>
  operation === 'read' ? dropData(args, req.user) : args

export const previewDataForCmsUsersGlobal: GlobalBeforeOperationHook = ({
  args,
  operation,
  req,
}) => (operation === 'read' ? dropData(args, req.user) : args)
