import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
  type GlobalAfterChangeHook,
  type PayloadRequest,
  type Where,
} from 'payload'

import type { FigureCollection } from '@mlops-guide/content/figures'

import { quotesIn } from './quotes'
import { FIGURE_DOCUMENT_NAMES, findPublished, forgetPublishedFigures } from './resolve'
import { shownBy } from './shownBy'

type Source = { key: string; title: string }

/** Where a figure is quoted: the document, its title and field, and its admin address. */
export type Referrer = {
  source: string
  title: string
  field: string
  adminUrl: string
  /** What the site refetches: `{ kind: 'collection', slug, id }` or `{ kind: 'global', slug }`. */
  document: { kind: 'collection'; slug: string; id: number } | { kind: 'global'; slug: string }
}

async function replaceRows(req: PayloadRequest, source: Source, docs: unknown[]) {
  await req.payload.delete({
    collection: 'figure-quotes',
    where: { source: { equals: source.key } },
    overrideAccess: true,
    req,
  })
  const refs = docs.flatMap((doc) => quotesIn(doc))
  const seen = new Set<string>()
  for (const ref of refs) {
    const key = `${ref.field}|${ref.collection}|${ref.id}|${ref.format}`
    if (seen.has(key)) continue
    seen.add(key)
    await req.payload.create({
      collection: 'figure-quotes',
      data: {
        source: source.key,
        sourceTitle: source.title,
        field: ref.field,
        targetCollection: ref.collection,
        targetId: Number(ref.id),
        format: ref.format,
      },
      overrideAccess: true,
      req,
    })
  }
}

/**
 * After every save: the document's figure quotes are those of what was saved, plus
 * those of its published state when a draft was saved (readers still see that one).
 */
export const indexFigureQuotes: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const docs: unknown[] = [doc]
  if (doc._status === 'draft') {
    const published = await findPublished(req, collection.slug, doc.id)
    if (published) docs.push(published)
  }
  const titleField = collection.admin?.useAsTitle ?? 'id'
  await replaceRows(
    req,
    { key: `${collection.slug}/${doc.id}`, title: String(doc[titleField] ?? doc.id) },
    docs,
  )
  return doc
}

export const indexGlobalFigureQuotes: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  const docs: unknown[] = [doc]
  if (doc._status === 'draft') {
    const published = await req.payload.findGlobal({
      slug: global.slug,
      draft: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    if (published?._status === 'published') docs.push(published)
  }
  const title = typeof global.label === 'string' ? global.label : global.slug
  await replaceRows(req, { key: `globals/${global.slug}`, title }, docs)
  return doc
}

export const dropFigureQuotes: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await req.payload.delete({
    collection: 'figure-quotes',
    where: { source: { equals: `${collection.slug}/${id}` } },
    overrideAccess: true,
    req,
  })
}

/** Every place that quotes a figure of this document. */
export async function referrersOf(
  req: PayloadRequest,
  collection: FigureCollection,
  id: number | string,
): Promise<Referrer[]> {
  const { docs } = await req.payload.find({
    collection: 'figure-quotes',
    where: {
      and: [{ targetCollection: { equals: collection } }, { targetId: { equals: Number(id) } }],
    },
    sort: 'source',
    limit: 1000,
    overrideAccess: true,
    req,
  })
  const unique = new Map<string, Referrer>()
  for (const row of docs) {
    const key = `${row.source}|${row.field}`
    if (unique.has(key)) continue
    const [first, rest] = row.source.split('/', 2) as [string, string]
    const isGlobal = first === 'globals'
    unique.set(key, {
      source: row.source,
      title: row.sourceTitle ?? row.source,
      field: row.field,
      adminUrl: isGlobal ? `/admin/globals/${rest}` : `/admin/collections/${first}/${rest}`,
      document: isGlobal
        ? { kind: 'global', slug: rest }
        : { kind: 'collection', slug: first, id: Number(rest) },
    })
  }
  return [...unique.values()]
}

/**
 * Everywhere readers see this document besides its own page: the text that quotes its
 * figures and the published documents that show it (a stage's salary band).
 */
export async function shownElsewhere(
  req: PayloadRequest,
  collection: FigureCollection,
  id: number | string,
): Promise<Referrer[]> {
  return [...(await referrersOf(req, collection, id)), ...(await shownBy(req, collection, id))]
}

function refusal(collection: FigureCollection, action: string, referrers: Referrer[]): APIError {
  const places = referrers.map((r) => `${r.title} (${r.field})`).join('; ')
  return new APIError(
    `This ${FIGURE_DOCUMENT_NAMES[collection]} cannot be ${action}: readers see it in ${places}. Remove those figures or links first.`,
    409,
    { referredToIn: referrers.map(({ title, field, adminUrl }) => ({ title, field, adminUrl })) },
    true,
  )
}

/** A quoted or shown band, role or stage cannot be deleted: the prose would lose its figure, a stage its band. */
export const refuseDeleteWhileReferenced: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  const slug = collection.slug as FigureCollection
  const referrers = await shownElsewhere(req, slug, id)
  if (referrers.length) throw refusal(slug, 'deleted', referrers)
}

/**
 * ...and a quoted band, role or stage cannot be unpublished either. Unpublishing is an update
 * that sets `_status: 'draft'` without `draft: true` (saving a draft leaves the published
 * document alone); only the operation's arguments tell them apart, so this checks them before
 * the operation, for one document or every one a bulk update's `where` matches.
 */
export const refuseUnpublishWhileReferenced: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const { data, draft, id, where } = args as {
    data?: { _status?: unknown }
    draft?: boolean
    id?: number | string
    where?: Where
  }
  if (operation !== 'update' || data?._status !== 'draft' || draft) return args
  const slug = collection.slug as FigureCollection
  const ids =
    id !== undefined
      ? [id]
      : (
          await req.payload.find({
            collection: slug,
            where: { and: [where ?? {}, { _status: { equals: 'published' } }] },
            draft: false,
            depth: 0,
            pagination: false,
            overrideAccess: true,
            select: {},
            req,
          })
        ).docs.map((doc) => doc.id)
  for (const each of ids) {
    const referrers = await shownElsewhere(req, slug, each)
    if (referrers.length) throw refusal(slug, 'unpublished', referrers)
  }
  return args
}

/** After a band, role or stage changes, this request reads figures afresh. */
export const forgetFiguresAfterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  forgetPublishedFigures(req)
  return doc
}
