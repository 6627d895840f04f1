/** Figures whose source is older than this get reviewed. */
export const STALE_AFTER_MONTHS = 12

/** Whole months from `date` to `now`. */
export function monthsOld(date: Date, now = new Date()): number {
  const months =
    (now.getUTCFullYear() - date.getUTCFullYear()) * 12 + now.getUTCMonth() - date.getUTCMonth()
  return now.getUTCDate() < date.getUTCDate() ? months - 1 : months
}

/** The newest as-of date that counts as stale today. */
export function staleBefore(now = new Date()): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  d.setUTCMonth(d.getUTCMonth() - STALE_AFTER_MONTHS)
  return d
}
