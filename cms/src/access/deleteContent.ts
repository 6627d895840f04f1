import type { Access } from 'payload'

import { canPublish } from './roles'

/** Deleting removes content from readers at once, so it is a publishing right. */
export const deleteContent: Access = ({ req: { user } }) => canPublish(user)
