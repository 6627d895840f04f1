import type { CollectionAfterOperationHook, Payload, PayloadRequest } from 'payload'

import type { GuideCollectionSlug } from '@mlops-guide/content/collections'

import { holdsNothingWritten } from './holdsNothingWritten'
import { OPEN_FOR_MS, stillOpenKey } from './stillOpen'

/**
 * Why a document is no abandoned "Create New", or null when it is one: never published and
 * holding nothing anyone wrote (the empty draft Payload's create view makes as it opens,
 * collections/versions.ts). Removing such a document loses nothing.
 */
export async function keptBecause(
  payload: Payload,
  collection: GuideCollectionSlug,
  doc: Record<string, unknown>,
  req?: PayloadRequest,
): Promise<string | null> {
  if (doc._status !== 'draft') return 'it has been published'
  const published = await payload.countVersions({
    collection,
    where: {
      and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }],
    },
    req,
  })
  if (published.totalDocs > 0) return 'it has been published'
  const fields = payload.collections[collection].config.flattenedFields
  if (!holdsNothingWritten(fields, doc)) return 'it holds what someone wrote'
  return null
}

/**
 * How long an abandoned create may wait. The admin asks for the deletion when an editor
 * leaves (components/AbandonedCreate.tsx); this catches the creates it never heard of: the
 * tab closed, or the connection lost, before the admin's script ran, or a browser that
 * crashed. A document whose edit view said lately that it is still open is left alone.
 */
export const ABANDONED_AFTER_MS = 60 * 60_000

/** Per collection, the sweep running now, and whether a create asked for one more after it. */
const sweeps = new Map<string, { again: boolean }>()

/**
 * Removes the collection's abandoned creates untouched for ABANDONED_AFTER_MS and not open
 * in the admin. Runs after a create in the collection, the one moment
 * such debris is made; by the system, in its own transaction, so a sweep that fails never
 * fails the create that set it off: it says so in the log, and the next create sweeps again.
 */
export async function sweepAbandonedCreates(payload: Payload, collection: GuideCollectionSlug) {
  const cutoff = new Date(Date.now() - ABANDONED_AFTER_MS).toISOString()
  const { docs } = await payload.find({
    collection,
    draft: true,
    depth: 0,
    limit: 50,
    where: { and: [{ _status: { equals: 'draft' } }, { updatedAt: { less_than: cutoff } }] },
  })
  let removed = 0
  for (const doc of docs as unknown as Record<string, unknown>[]) {
    if ((await keptBecause(payload, collection, doc)) !== null) continue
    const key = stillOpenKey(collection, doc.id as number)
    const open = await payload.kv.get<string>(key)
    if (open && Date.now() - Date.parse(open) < OPEN_FOR_MS) continue
    await payload.delete({ collection, id: doc.id as number, overrideAccess: true })
    await payload.kv.delete(key)
    removed++
  }
  if (removed) payload.logger.info(`${collection}: ${removed} abandoned create(s) removed`)
}

/**
 * After a create: sweeps the collection without holding the create up. One sweep per
 * collection at a time, and one more after it when creates came meanwhile: a burst of
 * creates (the seed) makes two, and the last create is always followed by a whole sweep.
 */
export function sweepAfterCreate<S extends GuideCollectionSlug>(): CollectionAfterOperationHook<S> {
  return ({ collection, operation, req, result }) => {
    if (operation === 'create') sweepSoon(req.payload, collection.slug as GuideCollectionSlug)
    return result
  }
}

function sweepSoon(payload: Payload, collection: GuideCollectionSlug) {
  const current = sweeps.get(collection)
  if (current) {
    current.again = true
    return
  }
  const sweep = { again: false }
  sweeps.set(collection, sweep)
  void (async () => {
    do {
      sweep.again = false
      await sweepAbandonedCreates(payload, collection).catch((error: Error) =>
        payload.logger.warn(`${collection}: sweeping abandoned creates failed (${error.message})`),
      )
    } while (sweep.again)
    sweeps.delete(collection)
  })()
}
