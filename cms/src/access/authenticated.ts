import type { Access } from 'payload'

/** Any signed-in user of the CMS (admin or editor). */
export const authenticated: Access = ({ req: { user } }) => Boolean(user)
