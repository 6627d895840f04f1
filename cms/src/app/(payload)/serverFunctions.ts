import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import type { ServerFunction } from 'payload'
import { Forbidden } from 'payload'

import { isCmsUser } from '../../access/roles'
import { CONTRIBUTOR_REFUSAL } from '../../hooks/draftsOnlyForContributors'

type ScheduleArgs = Parameters<typeof schedulePublishHandler>[0]

/**
 * The admin's "Schedule Publish" drawer calls this server function. Payload's own handler
 * checks only that the caller may use the admin, then queues (or, with `deleteID`, deletes)
 * the job with access overridden: it never asks the jobs config's queue and cancel rules
 * (jobs.ts), so a contributor calling it directly got "Success" and a job that failed at
 * its time. Here those rules decide first, and nothing is queued or deleted without them.
 * The admin hides the drawer from contributors already (no publish right), so this answers
 * a hand-made request. A server function answers 200 whatever it returns; `{ error }` is
 * the handler's own way to report a failure.
 */
const schedulePublish: ServerFunction<ScheduleArgs> = async (args) => {
  const { req } = args
  const rules = req.payload.config.jobs.access
  const rule = args.deleteID === undefined ? rules?.queue : rules?.cancel
  if (!(await rule?.({ req }))) {
    // A contributor is told why, as for a publish; anyone else gets Payload's plain refusal.
    const refused = isCmsUser(req.user) ? CONTRIBUTOR_REFUSAL : new Forbidden(req.t).message
    return { error: refused }
  }
  return schedulePublishHandler(args)
}

/** Server functions of the admin that replace Payload's (layout.tsx hands them over). */
export const serverFunctions = { 'schedule-publish': schedulePublish }
