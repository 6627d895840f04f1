import type { ApiClient, User } from '@mlops-guide/content/types'

/**
 * Every role a user can hold: admins manage users and everything else; editors create,
 * edit, publish, schedule and delete content; contributors create and edit drafts only.
 */
export const ROLES = ['admin', 'editor', 'contributor'] as const
export type Role = (typeof ROLES)[number]

type AnyUser = (User & { collection: 'users' }) | (ApiClient & { collection: 'api-clients' })

/** A person signed in to the CMS, as opposed to an API client (which may only read). */
export const isCmsUser = (
  user: AnyUser | null | undefined,
): user is Extract<AnyUser, { collection: 'users' }> => user?.collection === 'users'

/** API clients hold no role. */
export const hasRole = (user: AnyUser | null | undefined, role: Role): boolean =>
  isCmsUser(user) && Boolean(user.roles?.includes(role))

/** Who may make content public (publish, unpublish, schedule) or delete it. */
export const canPublish = (user: AnyUser | null | undefined): boolean =>
  hasRole(user, 'admin') || hasRole(user, 'editor')
