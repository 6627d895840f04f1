import type { CollectionAfterChangeHook, TaskConfig } from 'payload'

import type { Release } from '@mlops-guide/content/types'

import { publishRelease } from './publish'

export const RELEASE_TASK = 'publishRelease'

/**
 * The scheduled run of a release (Payload's jobs queue, worked by the CMS's job cron,
 * jobs.ts). The job carries the time it was queued for: a release whose time was changed or
 * cleared since then ignores it (the change queued its own).
 */
export const publishReleaseTask: TaskConfig<{
  input: { release: number; at: string }
  output: { ok: boolean; message: string }
}> = {
  slug: RELEASE_TASK,
  inputSchema: [
    { name: 'release', type: 'number', required: true },
    { name: 'at', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'ok', type: 'checkbox' },
    { name: 'message', type: 'text' },
  ],
  // A failed release records why on itself; running it again would fail the same way.
  retries: 0,
  handler: async ({ input, req }) => {
    const release = await req.payload
      .findByID({ collection: 'releases', id: input.release, depth: 0 })
      .catch(() => null)
    if (!release || release.state !== 'scheduled' || release.publishAt !== input.at) {
      return { output: { ok: true, message: 'no longer due at this time' } }
    }
    const outcome = await publishRelease(req.payload, input.release, null)
    return { output: { ok: outcome.ok, message: outcome.message } }
  },
}

/**
 * A release given a time is queued for it and marked scheduled; one whose time is cleared
 * goes back to planned. The run's own writes (`context.releaseRun`) change nothing here.
 */
export const scheduleRelease: CollectionAfterChangeHook<Release> = async ({
  context,
  doc,
  previousDoc,
  req,
}) => {
  if (context.releaseRun || doc.state === 'published') return doc
  const at = doc.publishAt ?? null
  const state = at ? 'scheduled' : 'planned'
  // A new time, or a time set again after a failed run, is queued; an unchanged one already is.
  if (at && (at !== previousDoc?.publishAt || doc.state !== 'scheduled')) {
    await req.payload.jobs.queue({
      task: RELEASE_TASK,
      input: { release: doc.id, at },
      waitUntil: new Date(at),
      req,
    })
  }
  if (doc.state !== state) {
    await req.payload.update({
      collection: 'releases',
      id: doc.id,
      data: { state },
      context: { releaseRun: true },
      req,
    })
    return { ...doc, state }
  }
  return doc
}
