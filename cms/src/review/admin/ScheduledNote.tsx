import type { Payload } from 'payload'

import { describeSchedule, nextSchedules } from '../schedules'

type Props = { collectionSlug?: string; id?: number | string; payload?: Payload }

/** In the edit view's sidebar: the document's next scheduled publish or unpublish. */
export async function ScheduledNote({ collectionSlug, id, payload }: Props) {
  if (!payload || !collectionSlug || id == null) return null
  const job = (await nextSchedules(payload, collectionSlug)).get(String(id))
  if (!job) return null
  return (
    <p className="scheduled-note field-type" role="status">
      <strong>Scheduled:</strong> {describeSchedule(payload, job)}. Change or cancel it under
      Schedule Publish.
    </p>
  )
}
