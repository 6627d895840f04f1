import type { ApiClient, User } from '@mlops-guide/content/types'

/** Every role a user can hold. Issue #4 adds contributor. */
export const ROLES = ['admin', 'editor'] as const
export type Role = (typeof ROLES)[number]

type AnyUser = (User & { collection: 'users' }) | (ApiClient & { collection: 'api-clients' })

/** API clients hold no role. */
export const hasRole = (user: AnyUser | null | undefined, role: Role): boolean =>
  user?.collection === 'users' && Boolean(user.roles?.includes(role))
