import type { Config } from 'payload'

import { canPublish, hasRole, isCmsUser } from './access/roles'
import { isJobRunner } from './database/jobRunnerLock'
import { env } from './env'
import { contributorRefusal } from './hooks/draftsOnlyForContributors'
import { publishReleaseTask } from './releases/schedule'
import { deliverWebhook } from './webhooks/deliverTask'

/**
 * Payload's jobs queue, which runs scheduled publishing (versions.ts). The queue is worked
 * by the CMS server itself: server.js starts Payload with its crons at boot (through the
 * health endpoint), and every tick (JOBS_CRON, each second by default) runs the jobs whose
 * time has come. Scripts
 * (migrate, seed) never start the crons, so they never publish anything.
 */
export const jobs: NonNullable<Config['jobs']> = {
  // JOBS_CRON=off leaves the queue to another process (a dedicated worker, deploy/README.md).
  autoRun:
    env.JOBS_CRON === 'off'
      ? undefined
      : [
          { cron: env.JOBS_CRON, queue: 'default', limit: 10, silent: true },
          // Webhook deliveries have their own queue, worked one at a time in sequence order
          // by the content events' dispatcher (events/dispatch.ts): a slow receiver never
          // delays a publish, and Payload's cron would run a batch in parallel.
        ],
  // With several CMS processes, one at a time works the queue, so each job runs once.
  shouldAutoRun: isJobRunner,
  tasks: [deliverWebhook, publishReleaseTask],
  access: {
    run: ({ req }) => hasRole(req.user, 'admin'),
    queue: ({ req }) => canPublish(req.user),
    cancel: ({ req }) => canPublish(req.user),
  },
  // The queue's own collection stays closed to the API (Payload's default): the admin reads
  // and makes schedules through its server functions (app/(payload)/serverFunctions.ts).
  // A contributor's attempt to queue a job (a scheduled publish) is told why, like their
  // publish; everyone else gets Payload's plain 403.
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    access: {
      ...defaultJobsCollection.access,
      // Only a write carries `data`: the admin's permission check (no data) must not throw.
      create: ({ data, req: { user } }) => {
        if (data && isCmsUser(user) && !canPublish(user)) throw contributorRefusal()
        return false
      },
    },
  }),
}
