'use client'
import type { DefaultCellComponentProps } from 'payload'

import { monthsOld, STALE_AFTER_MONTHS } from './age'

/** The as-of date in list views, flagged when the figure is due for review. */
export function AsOfCell({ cellData }: DefaultCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return null
  const date = new Date(cellData)
  const months = monthsOld(date)
  return (
    <span>
      {date.toISOString().slice(0, 10)}
      {months >= STALE_AFTER_MONTHS && (
        <strong className="as-of--stale" title={`Older than ${STALE_AFTER_MONTHS} months`}>
          {' '}
          · {months} months old, review
        </strong>
      )}
    </span>
  )
}
