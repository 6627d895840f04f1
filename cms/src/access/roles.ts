import type { User } from '@mlops-guide/content/types'

/** Every role a user can hold. Issue #4 adds contributor. */
export const ROLES = ['admin', 'editor'] as const
export type Role = (typeof ROLES)[number]

export const hasRole = (user: User | null | undefined, role: Role): boolean =>
  Boolean(user?.roles?.includes(role))
