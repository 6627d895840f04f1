import type { Where } from 'payload'

import { staleBefore } from './age'

/** The as-of date (yyyy-mm-dd) before which a figure is due for review today. */
export const staleCutoff = () => staleBefore().toISOString().slice(0, 10)

/** Figures older than twelve months, as a query of the local API. */
export const staleWhere = (): Where => ({ asOf: { less_than: staleCutoff() } })

/**
 * The admin list of `collectionSlug` filtered to its stale figures, oldest first (the date
 * moves with today, which a saved filter could not do).
 */
export const staleFiguresHref = (collectionSlug: string) =>
  `/admin/collections/${collectionSlug}?where[or][0][and][0][asOf][less_than]=${staleCutoff()}&sort=asOf`
