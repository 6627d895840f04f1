import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest, Where } from 'payload'

import type { ContentChange, ContentChanges, NamedDocument } from '@mlops-guide/content/changes'
import type { GuideCollectionSlug } from '@mlops-guide/content/collections'
import type { DocumentEvent, DocumentRef } from '@mlops-guide/content/events'
import { FIGURE_COLLECTIONS, isFigureCollection } from '@mlops-guide/content/figures'

import { figureDiffs } from '../figures/changes'
import { transactionDb } from '../framework/transaction'
import { IN_RECORD_OF_CHANGES } from './outbox'
import { keyOf } from './publicAnswer'

type Fields = Record<string, unknown>
type Version = { id: number | string; fields: Fields }

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null)

/** The field the admin titles a document by (Payload's `admin.useAsTitle`). */
function titleField(req: PayloadRequest, document: DocumentRef): string | null {
  if (document.kind === 'global') return null
  return req.payload.collections[document.slug].config.admin.useAsTitle ?? null
}

function named(req: PayloadRequest, document: DocumentRef, fields: Fields | null): NamedDocument {
  if (document.kind === 'global') {
    const label = req.payload.config.globals.find((g) => g.slug === document.slug)?.label
    return { document, title: typeof label === 'string' ? label : document.slug, slug: null }
  }
  const field = titleField(req, document)
  return {
    document,
    title: fields && field ? text(fields[field]) : null,
    slug: fields ? text(fields.slug) : null,
  }
}

/** A published version's fields; `before`: the newest published one older than that version. */
async function publishedVersion(
  req: PayloadRequest,
  document: DocumentRef,
  options: { id?: number | string; before?: number | string },
): Promise<Version | null> {
  const published = { 'version._status': { equals: 'published' } }
  const conditions: Where[] = [published]
  if (options.id !== undefined) conditions.push({ id: { equals: options.id } })
  if (options.before !== undefined) conditions.push({ id: { less_than: options.before } })
  const common = { sort: '-id', limit: 1, depth: 0, overrideAccess: true, req }
  const { docs } =
    document.kind === 'global'
      ? await req.payload.findGlobalVersions({
          slug: document.slug,
          where: { and: conditions },
          ...common,
        })
      : await req.payload.findVersions({
          collection: document.slug,
          where: { and: [...conditions, { parent: { equals: document.id } }] },
          ...common,
        })
  const doc = docs[0]
  return doc ? { id: doc.id, fields: doc.version as unknown as Fields } : null
}

/** The key of a published version: `faqs@12`, `globals/guide-page@3`. */
const versionKey = (document: DocumentRef, id: number | string) => `${keyOf(document)}@${id}`

/**
 * The published versions the events cite, one query per collection or global (a page of the
 * record cites up to a hundred; one query each took over a second).
 */
async function citedVersions(
  req: PayloadRequest,
  events: DocumentEvent[],
): Promise<Map<string, Version>> {
  const cited = new Map<string, { document: DocumentRef; ids: number[] }>()
  for (const { document, version } of events) {
    if (typeof version?.id !== 'number') continue
    const group = document.kind === 'global' ? `globals/${document.slug}` : document.slug
    const entry = cited.get(group) ?? { document, ids: [] }
    entry.ids.push(version.id)
    cited.set(group, entry)
  }
  const found = new Map<string, Version>()
  for (const { document, ids } of cited.values()) {
    const where: Where = {
      and: [{ id: { in: ids } }, { 'version._status': { equals: 'published' } }],
    }
    const common = { where, pagination: false, depth: 0, overrideAccess: true, req } as const
    const { docs } =
      document.kind === 'global'
        ? await req.payload.findGlobalVersions({ slug: document.slug, ...common })
        : await req.payload.findVersions({ collection: document.slug, ...common })
    for (const doc of docs) {
      const parent = (doc as { parent?: number | { id: number } }).parent
      const owner: DocumentRef =
        document.kind === 'global'
          ? document
          : { ...document, id: typeof parent === 'object' ? parent.id : Number(parent) }
      found.set(versionKey(owner, doc.id), { id: doc.id, fields: doc.version as unknown as Fields })
    }
  }
  return found
}

/**
 * The names of the documents events also changed, as they read now, one query per
 * collection (each was public when its event was recorded; one since unpublished or deleted
 * keeps its key but no title).
 */
async function namesOf(req: PayloadRequest, refs: DocumentRef[]): Promise<NamedDocument[]> {
  const ids = new Map<GuideCollectionSlug, number[]>()
  for (const ref of refs) {
    if (ref.kind === 'collection') ids.set(ref.slug, [...(ids.get(ref.slug) ?? []), ref.id])
  }
  const fields = new Map<string, Fields>()
  for (const [slug, of] of ids) {
    const { docs } = await req.payload.find({
      collection: slug,
      where: { and: [{ id: { in: of } }, { _status: { equals: 'published' } }] },
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      fields.set(keyOf({ kind: 'collection', slug, id: doc.id }), doc as unknown as Fields)
    }
  }
  return refs.map((ref) => named(req, ref, fields.get(keyOf(ref)) ?? null))
}

/** For a band, role or stage published again: its figures that differ from the version before. */
async function figuresChanged(req: PayloadRequest, document: DocumentRef, shown: Version) {
  if (document.kind !== 'collection' || !isFigureCollection(document.slug)) return []
  const previous = await publishedVersion(req, document, { before: shown.id })
  return figureDiffs(document.slug, previous?.fields ?? null, shown.fields)
}

type Lookups = { versions: Map<string, Version>; names: Map<string, NamedDocument> }

const justBefore = (iso: unknown) =>
  typeof iso === 'string' ? new Date(Date.parse(iso) - 1).toISOString() : null

/**
 * When a change's write began, less a millisecond. A new version (a publish, an update) is
 * read by its document's own `updatedAt` (what asOf compares), stamped when the write began,
 * earlier than the event's time and the version row's; a withdrawal counts from the event's
 * time (api/asOf/publishedAt.ts). None for a deletion: its versions went with it.
 */
function startOf(event: DocumentEvent, versions: Map<string, Version>): string | null {
  if (event.change === 'unpublished') return justBefore(event.time)
  if (event.change === 'deleted' || !event.version) return null
  return justBefore(versions.get(versionKey(event.document, event.version.id))?.fields.updatedAt)
}

/**
 * Each entry's `before`: the moment just before it, for `asOf`, so the content then is what
 * readers saw before it. For an update or an unpublish; none for a first publish (nothing
 * before it), a deletion, or an update whose version is gone. A release's documents were
 * published in one commit, one write after another: readers saw none of it before all of
 * it, so each of its entries takes the earliest start of all the release's entries
 * (`releases`), wherever a page of the record cuts it.
 */
function withMoments(
  docs: ContentChange[],
  events: DocumentEvent[],
  versions: Map<string, Version>,
  releases: Map<number, string>,
): ContentChange[] {
  return docs.map((doc, i) => {
    const own = doc.change === 'updated' || doc.change === 'unpublished'
    const start = doc.release ? releases.get(doc.release.id) : startOf(events[i]!, versions)
    return { ...doc, before: own ? (start ?? null) : null }
  })
}

/** Per release: the earliest start (startOf) of its entries, all of them, not one page's. */
async function releaseStarts(req: PayloadRequest, ids: number[]): Promise<Map<number, string>> {
  const earliest = new Map<number, string>()
  if (ids.length === 0) return earliest
  const db = await transactionDb(req)
  const rows = await db.execute(sql`SELECT event, (release->>'id')::int AS release
    FROM content_events WHERE ${sql.raw(IN_RECORD_OF_CHANGES)}
      AND ${JSON.stringify(ids)}::jsonb @> (release->'id')`)
  const members = rows.rows as { event: DocumentEvent; release: number }[]
  const versions = await citedVersions(
    req,
    members.map((m) => m.event),
  )
  for (const { event, release } of members) {
    const start = startOf(event, versions)
    const known = earliest.get(release)
    if (start && (!known || start < known)) earliest.set(release, start)
  }
  return earliest
}

/** An event as the record shows it: named from its published version, with the figures it changed. */
async function entryOf(
  req: PayloadRequest,
  event: DocumentEvent,
  { versions, names }: Lookups,
  deletedTitle: string | null,
  release: ContentChange['release'],
): Promise<ContentChange> {
  const { document, version } = event
  // An unpublished or deleted document is named by the last version readers saw (none is
  // left of a deleted one: Payload deletes a document's versions with it); so is one whose
  // cited version was since pruned (maxPerDoc).
  const shown =
    (version && versions.get(versionKey(document, version.id))) ??
    (await publishedVersion(req, document, {}))
  const quotable = document.kind === 'collection' && isFigureCollection(document.slug)
  return {
    sequence: event.sequence,
    time: event.time,
    change: event.change,
    version,
    ...named(req, document, shown?.fields ?? null),
    // A deleted document's title as it was when deleted (content_events.title).
    ...(shown ? {} : { title: deletedTitle }),
    figures: version && shown ? await figuresChanged(req, document, shown) : [],
    source: quotable ? text(shown?.fields.source) : null,
    asOf: quotable ? text(shown?.fields.asOf) : null,
    alsoChanged: event.alsoChanged.map((ref) => names.get(keyOf(ref)) ?? named(req, ref, null)),
    release,
    before: null, // withMoments
  }
}

type Recorded = { event: DocumentEvent; title: string | null; release: ContentChange['release'] }

/**
 * Each event with the title its document had when it was deleted (the delete's own, or a
 * later one's): all the record can name it by once its versions are gone.
 */
const RECORDED = sql`SELECT event, (SELECT d.title FROM content_events d
                       WHERE d.title IS NOT NULL AND d.sequence >= e.sequence
                         AND d.event->'document' = e.event->'document'
                       ORDER BY d.sequence LIMIT 1) AS title, e.release
                     FROM content_events e WHERE ${sql.raw(IN_RECORD_OF_CHANGES)}`

/** The record's entries of these events, in their order. */
async function entriesOf(req: PayloadRequest, recorded: Recorded[]): Promise<ContentChange[]> {
  const events = recorded.map((row) => row.event)
  const also = events.flatMap((e) => e.alsoChanged)
  const lookups: Lookups = {
    versions: await citedVersions(req, events),
    names: new Map((await namesOf(req, also)).map((n) => [keyOf(n.document), n])),
  }
  const entries: ContentChange[] = []
  for (const { event, title, release } of recorded) {
    entries.push(await entryOf(req, event, lookups, title, release))
  }
  const releases = [...new Set(recorded.flatMap((r) => (r.release ? [r.release.id] : [])))]
  return withMoments(entries, events, lookups.versions, await releaseStarts(req, releases))
}

/**
 * The public record of changes: the content events of the outbox (content_events) that
 * changed what readers see, each of a document's own change, newest first, a page at a time.
 * No second log: an event is recorded in the write's transaction, so the record holds
 * exactly the publishes, updates, unpublishes and deletes readers saw, never a draft.
 */
export async function changeRecord(
  req: PayloadRequest,
  { page, limit }: { page: number; limit: number },
): Promise<ContentChanges> {
  const db = await transactionDb(req)
  const inRecord = sql.raw(IN_RECORD_OF_CHANGES)
  const [rows, counted, newest] = await Promise.all([
    db.execute(sql`${RECORDED} ORDER BY sequence DESC LIMIT ${limit} OFFSET ${(page - 1) * limit}`),
    db.execute(sql`SELECT count(*)::int AS n FROM content_events WHERE ${inRecord}`),
    db.execute(sql`SELECT event->'document'->>'slug' AS slug, max(event->>'time') AS time
                   FROM content_events WHERE ${inRecord} GROUP BY 1`),
  ])
  const docs = await entriesOf(req, rows.rows as Recorded[])
  const totalDocs = (counted.rows[0] as { n: number }).n
  const times = new Map(
    (newest.rows as { slug: string; time: string }[]).map((r) => [r.slug, r.time]),
  )
  const totalPages = Math.ceil(totalDocs / limit)
  return {
    docs,
    totalDocs,
    limit,
    totalPages,
    page,
    pagingCounter: (page - 1) * limit + 1,
    hasPrevPage: page > 1,
    hasNextPage: page < totalPages,
    prevPage: page > 1 ? page - 1 : null,
    nextPage: page < totalPages ? page + 1 : null,
    figuresUpdated: Object.fromEntries(
      FIGURE_COLLECTIONS.map((slug) => [slug, times.get(slug) ?? null]),
    ) as ContentChanges['figuresUpdated'],
  }
}

/**
 * One entry of the record, by its sequence, as a page of the record shows it (its `before`
 * the same); null when the record holds none (no such event, or one readers never saw).
 */
export async function changeEntry(
  req: PayloadRequest,
  sequence: number,
): Promise<ContentChange | null> {
  const db = await transactionDb(req)
  const rows = await db.execute(sql`${RECORDED} AND e.sequence = ${sequence}`)
  const [entry] = await entriesOf(req, rows.rows as Recorded[])
  return entry ?? null
}
