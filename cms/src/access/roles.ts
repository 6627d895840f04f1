import type { ApiClient, User } from '@mlops-guide/content/types'

/** Every role a user can hold. Issue #4 adds contributor. */
export const ROLES = ['admin', 'editor'] as const
export type Role = (typeof ROLES)[number]

type AnyUser = (User & { collection: 'users' }) | (ApiClient & { collection: 'api-clients' })

/** A person signed in to the CMS, as opposed to an API client (which may only read). */
export const isCmsUser = (
  user: AnyUser | null | undefined,
): user is Extract<AnyUser, { collection: 'users' }> => user?.collection === 'users'

/** API clients hold no role. */
export const hasRole = (user: AnyUser | null | undefined, role: Role): boolean =>
  isCmsUser(user) && Boolean(user.roles?.includes(role))
