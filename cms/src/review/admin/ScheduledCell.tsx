import type { DefaultServerCellComponentProps } from 'payload'

import { describeSchedule, nextSchedules } from '../schedules'

/** The list's Scheduled column: the row's next scheduled publish or unpublish, if any. */
export async function ScheduledCell({
  collectionSlug,
  payload,
  rowData,
}: DefaultServerCellComponentProps) {
  const job = (await nextSchedules(payload, collectionSlug)).get(String(rowData.id))
  return job ? <span className="scheduled-cell">{describeSchedule(payload, job)}</span> : null
}
