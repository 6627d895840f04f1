import type { ListViewServerProps } from 'payload'

import { STALE_AFTER_MONTHS } from './age'
import { staleCutoff, staleFiguresHref } from './filter'

/** Above the list: one click filters it to entries whose as-of date is more than twelve months ago. */
export function StaleFiguresLink({ collectionSlug }: ListViewServerProps) {
  return (
    <p className="stale-figures">
      <a href={staleFiguresHref(collectionSlug)}>
        Show figures older than {STALE_AFTER_MONTHS} months
      </a>{' '}
      (as of before {staleCutoff()}), oldest first. The As of column is sortable too.
    </p>
  )
}
