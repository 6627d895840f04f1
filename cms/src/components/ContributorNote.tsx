import type { ServerProps } from 'payload'

import { canPublish, isCmsUser } from '../access/roles'

/**
 * Next to the save controls, for contributors only: why there is no Publish button, and
 * that their work is kept (autosave writes a draft as they type).
 */
export function ContributorNote({ user }: ServerProps) {
  // Only people (users) hold roles; an API client never opens the admin.
  const who = user && 'roles' in user ? { ...user, collection: 'users' as const } : null
  if (!isCmsUser(who) || canPublish(who)) return null
  return (
    <p className="contributor-note" role="note">
      Saved as a draft as you type. An editor publishes it.
    </p>
  )
}
