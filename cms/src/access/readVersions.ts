import type { Access } from 'payload'

import { isCmsUser } from './roles'

/** Version history (drafts included) is for people in the CMS, never API clients. */
export const readVersions: Access = ({ req: { user } }) => isCmsUser(user)
