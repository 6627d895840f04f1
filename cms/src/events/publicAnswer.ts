import type { PayloadRequest } from 'payload'

import type { DocumentRef, PublishedVersion } from '@mlops-guide/content/events'

import { setPublicState } from './outbox'

/** The key of a document in the outbox's public state and the figure index: `faqs/12`, `globals/guide-page`. */
export const keyOf = (document: DocumentRef) =>
  document.kind === 'global' ? `globals/${document.slug}` : `${document.slug}/${document.id}`

export function refOf(key: string): DocumentRef {
  const [first, rest] = key.split('/', 2) as [string, string]
  return first === 'globals'
    ? ({ kind: 'global', slug: rest } as DocumentRef)
    : ({ kind: 'collection', slug: first, id: Number(rest) } as DocumentRef)
}

/**
 * What readers see of a document now, read in the write's transaction: its newest published
 * version, when the main table's row (which Payload writes only for a publish, an unpublish
 * or a save of a published document without a draft; a draft save goes to the versions table
 * only) is published.
 */
export async function publishedNow(
  req: PayloadRequest,
  document: DocumentRef,
): Promise<PublishedVersion | null> {
  // Only the two fields read: a migration's backfill runs this with the newest config on a
  // schema that may not have a later migration's columns yet, which reading them would name.
  const select = { _status: true, updatedAt: true } as const
  const doc =
    document.kind === 'global'
      ? await req.payload.findGlobal({
          slug: document.slug,
          draft: false,
          depth: 0,
          overrideAccess: true,
          select,
          req,
        })
      : await req.payload.findByID({
          collection: document.slug,
          id: document.id,
          draft: false,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          select,
          req,
        })
  const state = doc as { _status?: string | null; updatedAt?: string } | null
  if (!state?.updatedAt || state._status === 'draft') return null
  return (
    (await publishedVersion(req, document)) ?? {
      id: `at ${state.updatedAt}`,
      updatedAt: state.updatedAt,
    }
  )
}

/**
 * What tells one public state from another: the published version's id. Every publish, and
 * every save of a published document, makes a new version; a draft save makes a draft one.
 * (Not updatedAt: two saves can be stamped in the same millisecond.)
 */
export const stateKey = (version: PublishedVersion | null) => (version ? String(version.id) : null)

/**
 * The newest published version of a document, to cite (`/api/<slug>/versions/<id>`). Newest
 * by id, not by updatedAt: concurrent saves stamp updatedAt before they wait for each other,
 * so the last to commit can carry the older stamp, while its version row is inserted after
 * the earlier one committed.
 */
export async function publishedVersion(
  req: PayloadRequest,
  document: DocumentRef,
): Promise<PublishedVersion | null> {
  const where = { 'version._status': { equals: 'published' } } as const
  // The version's own columns are not read (see publishedNow): its id and date are enough.
  const common = {
    where,
    sort: '-id',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { updatedAt: true },
    req,
  } as const
  const { docs } =
    document.kind === 'global'
      ? await req.payload.findGlobalVersions({ slug: document.slug, ...common })
      : await req.payload.findVersions({
          collection: document.slug,
          ...common,
          where: { and: [where, { parent: { equals: document.id } }] },
        })
  const version = docs[0]
  return version ? { id: version.id, updatedAt: String(version.updatedAt) } : null
}

/** Records what readers see of a document now as its public state (migration backfill). */
export async function recordPublicState(req: PayloadRequest, document: DocumentRef) {
  await setPublicState(req, keyOf(document), stateKey(await publishedNow(req, document)))
}
