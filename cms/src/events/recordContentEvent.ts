import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { isCollectionSlug, isGlobalSlug } from '@mlops-guide/content/collections'
import type { DocumentEvent, DocumentRef, PublicChange } from '@mlops-guide/content/events'

import { dependentsOf } from './dependents'
import {
  lockEvents,
  markRelease,
  publicStateOf,
  recordEvent,
  setPublicState,
  type ReleaseRef,
} from './outbox'
import { keyOf, publishedNow, publishedVersion, stateKey } from './publicAnswer'

/** What a write did to what readers see, from their view before and after it. */
export function changeBetween(before: string | null, after: string | null): PublicChange | null {
  if (before === after) return null // nothing public, or a draft saved beside the published version
  if (before === null) return 'published'
  if (after === null) return 'unpublished'
  return 'updated'
}

/**
 * The one step that decides whether a write changed what readers see, for collections and
 * globals alike, and records the event (and those of the documents that show or quote this
 * one) in the outbox, inside the write's transaction. It compares the public state recorded
 * after the last event (the published version's id) with the public state now, so it needs nothing from earlier hooks: a
 * draft save or autosave leaves the published row as it was and records nothing; deleting a
 * document that was never public records nothing. Runs last of the after-hooks
 * (collections/guideContent.ts), so nothing after it can fail the write and leave it
 * recorded... and if the commit itself fails, the event goes with the rest.
 */
async function recordChange(
  req: PayloadRequest,
  document: DocumentRef,
  deleted: boolean,
  title: string | null = null,
) {
  // Held until commit: concurrent writes record in commit order.
  await lockEvents(req)
  const key = keyOf(document)
  const before = await publicStateOf(req, key)
  const version = deleted ? null : await publishedNow(req, document)
  const after = stateKey(version)
  const change = deleted ? (before === null ? null : 'deleted') : changeBetween(before, after)
  if (!change) return
  await setPublicState(req, key, after)

  const alsoChanged = await dependentsOf(req, document)
  const event = await recordEvent<DocumentEvent>(
    req,
    {
      change,
      document,
      version,
      cause: null,
      alsoChanged,
    },
    deleted ? title : null,
  )
  // Published as part of a release (releases/publish.ts): the record groups it under it.
  const release = req.context.release as ReleaseRef | undefined
  if (release) await markRelease(req, event.sequence, release)
  for (const dependent of alsoChanged) {
    await recordEvent<DocumentEvent>(req, {
      change: 'updated',
      document: dependent,
      version: await publishedVersion(req, dependent),
      cause: { sequence: event.sequence, document },
      alsoChanged: [],
    })
  }
}

export const recordContentEvent: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (isCollectionSlug(collection.slug)) {
    await recordChange(req, { kind: 'collection', slug: collection.slug, id: doc.id }, false)
  }
  return doc
}

export const recordDeleteEvent: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  id,
  req,
}) => {
  if (isCollectionSlug(collection.slug)) {
    // The published row's title (a draft lives in the versions, which go with the document),
    // kept so the record names what was deleted.
    const field = collection.admin.useAsTitle
    const value = field ? (doc as Record<string, unknown>)[field] : null
    const title = typeof value === 'string' && value !== '' ? value : null
    const document = { kind: 'collection', slug: collection.slug, id: Number(id) } as const
    await recordChange(req, document, true, title)
  }
}

export const recordGlobalEvent: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (isGlobalSlug(global.slug)) {
    await recordChange(req, { kind: 'global', slug: global.slug }, false)
  }
  return doc
}
