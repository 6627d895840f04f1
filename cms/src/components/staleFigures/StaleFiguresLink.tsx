import type { ListViewServerProps } from 'payload'

import { STALE_AFTER_MONTHS, staleBefore } from './age'

/**
 * Above the list: one click filters it to entries whose as-of date is more than twelve
 * months ago (the date moves with today, which a saved filter could not do).
 */
export function StaleFiguresLink({ collectionSlug }: ListViewServerProps) {
  const cutoff = staleBefore().toISOString().slice(0, 10)
  const href = `/admin/collections/${collectionSlug}?where[or][0][and][0][asOf][less_than]=${cutoff}&sort=asOf`
  return (
    <p className="stale-figures">
      <a href={href}>Show figures older than {STALE_AFTER_MONTHS} months</a> (as of before {cutoff}
      ), oldest first. The As of column is sortable too.
    </p>
  )
}
