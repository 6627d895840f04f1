import { sql } from '@payloadcms/db-postgres'
import type { Payload, RequestContext, Where } from 'payload'

import type { GlobalSlug, GuideCollectionSlug } from '@mlops-guide/content/collections'

import { transactionDb } from '../../framework/transaction'

/**
 * Published versions of a document updated at or before `at`: what could have been public
 * then. By the document's own `updatedAt` (the one its answers carry), so a client citing
 * what it read with that time gets it back; the version row's own stamp can be later.
 */
const publishedBy = (at: Date): Where => ({
  and: [
    { 'version._status': { equals: 'published' } },
    { 'version.updatedAt': { less_than_equal: at.toISOString() } },
  ],
})

/**
 * When each document of `slug` last left the public (unpublished or deleted) at or before
 * `at`, from the content events (events/outbox.ts), keyed by id ('' for a global). A version
 * table cannot tell: an unpublish and a draft saved over a published document both add a
 * draft version.
 */
async function lastWithdrawals(payload: Payload, slug: string, at: Date) {
  const db = await transactionDb({ payload, transactionID: undefined })
  const result = await db.execute(
    sql`SELECT coalesce(event->'document'->>'id', '') AS id, max((event->>'time')::timestamptz) AS time
        FROM content_events
        WHERE event->'document'->>'slug' = ${slug}
          AND event->>'change' IN ('unpublished', 'deleted')
          AND (event->>'time')::timestamptz <= ${at.toISOString()}::timestamptz
        GROUP BY 1`,
  )
  return new Map(
    (result.rows as { id: string; time: Date | string }[]).map((r) => [r.id, new Date(r.time)]),
  )
}

type Version = { id: number | string; parent?: number | string; version: { updatedAt: string } }

/** Of versions sorted newest first, each document's newest that was still public at `at`. */
function stillPublic(
  versions: Version[],
  withdrawn: Map<string, Date>,
  key: (v: Version) => string,
) {
  const seen = new Set<string>()
  const kept: Version[] = []
  for (const version of versions) {
    const doc = key(version)
    if (seen.has(doc)) continue
    seen.add(doc)
    const left = withdrawn.get(doc)
    if (!left || left.getTime() < new Date(version.version.updatedAt).getTime()) kept.push(version)
  }
  return kept
}

/**
 * The version ids of `slug`'s documents as readers saw them at `at` (optionally one
 * document's): every published version is kept (collections/versions.ts), so these never
 * change once `at` has settled.
 */
export async function collectionVersionsAt(
  payload: Payload,
  slug: GuideCollectionSlug,
  at: Date,
  id?: string,
): Promise<(number | string)[]> {
  const where = publishedBy(at)
  if (id !== undefined) where.and!.push({ parent: { equals: id } })
  const [found, withdrawn] = await Promise.all([
    payload.findVersions({
      collection: slug,
      where,
      sort: '-version.updatedAt',
      pagination: false,
      depth: 0,
      select: { parent: true, version: { updatedAt: true } },
    }),
    lastWithdrawals(payload, slug, at),
  ])
  return stillPublic(found.docs as Version[], withdrawn, (v) => String(v.parent)).map((v) => v.id)
}

/**
 * The version of global `slug` readers saw at `at`, with its data (read with `context`), or
 * null.
 */
export async function globalVersionAt(
  payload: Payload,
  slug: GlobalSlug,
  at: Date,
  context?: RequestContext,
) {
  const [found, withdrawn] = await Promise.all([
    payload.findGlobalVersions({
      slug,
      where: publishedBy(at),
      sort: '-version.updatedAt',
      limit: 1,
      depth: 0,
      context,
    }),
    lastWithdrawals(payload, slug, at),
  ])
  const [version] = stillPublic(found.docs as unknown as Version[], withdrawn, () => '')
  return (version as (Version & { version: Record<string, unknown> }) | undefined) ?? null
}
