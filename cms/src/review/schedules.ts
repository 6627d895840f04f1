import type { Payload, Where } from 'payload'
import { cache } from 'react'

import type { PayloadJob } from '@mlops-guide/content/types'

/** What Payload's schedulePublish task keeps in a job's input (payload/versions/schedule). */
type ScheduleInput = {
  doc?: { relationTo: string; value: string }
  global?: string
  type?: string
  timezone?: string
}

export const inputOf = (job: PayloadJob) => (job.input ?? {}) as ScheduleInput

/** Scheduled publishes and unpublishes still to run (and `where`), soonest first. */
export const findSchedules = (payload: Payload, where: Where[] = [], limit?: number) =>
  payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        ...where,
      ],
    },
    sort: 'waitUntil',
    depth: 0,
    ...(limit ? { limit } : { pagination: false }),
  })

/**
 * "Publish on 8 Dec 2026, 13:07 (Europe/London)": the time in the timezone it was scheduled
 * in (else the admin's default), which it names.
 */
export function describeSchedule(payload: Payload, job: PayloadJob): string {
  const input = inputOf(job)
  const action = input.type === 'unpublish' ? 'Unpublish' : 'Publish'
  if (!job.waitUntil) return `${action} as soon as possible`
  const timeZone = input.timezone ?? payload.config.admin.timezones.defaultTimezone ?? 'UTC'
  const format = new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  })
  return `${action} on ${format.format(new Date(job.waitUntil))} (${timeZone})`
}

/**
 * The next scheduled change of each document of `collection`, by id: one query per list or
 * edit view however many rows ask (React's cache lasts one server render).
 */
export const nextSchedules = cache(async (payload: Payload, collection: string) => {
  const { docs } = await findSchedules(payload, [
    { 'input.doc.relationTo': { equals: collection } },
  ])
  const next = new Map<string, PayloadJob>()
  for (const job of docs) {
    const id = inputOf(job).doc?.value
    if (id !== undefined && !next.has(id)) next.set(id, job)
  }
  return next
})
