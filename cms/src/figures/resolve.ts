import type { CollectionSlug, PayloadRequest } from 'payload'

import {
  type FigureCollection,
  type FigureSource,
  formatFigure,
  isFigureCollection,
  isFigureFormat,
} from '@mlops-guide/content/figures'

import { figureSourceAt, figuresAsOf } from '../api/asOf/figuresAt'

/** What editors call each kind of document a figure can point at. */
export const FIGURE_DOCUMENT_NAMES: Record<FigureCollection, string> = {
  'salary-bands': 'salary band',
  roles: 'role',
  'career-stages': 'career stage',
}

export type FigureTarget = { collection: FigureCollection; id: number | string }

/**
 * The document a figure block points at, from its stored value: `{ relationTo, value }` with
 * the id, or the document itself when Payload has populated it. Null for anything else.
 */
export function figureTarget(value: unknown): FigureTarget | null {
  if (value === null || typeof value !== 'object') return null
  const { relationTo, value: ref } = value as { relationTo?: unknown; value?: unknown }
  if (typeof relationTo !== 'string' || !isFigureCollection(relationTo)) return null
  const id = ref !== null && typeof ref === 'object' ? (ref as { id?: unknown }).id : ref
  if (typeof id === 'number' && Number.isSafeInteger(id)) return { collection: relationTo, id }
  if (typeof id === 'string' && /^\d{1,15}$/.test(id))
    return { collection: relationTo, id: Number(id) }
  return null
}

type Cache = Map<string, Promise<FigureSource | null>>

/** A document's published state (depth 0), or null when it has none. Not cached. */
export const findPublished = (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
) =>
  req.payload
    .find({
      collection,
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      draft: false,
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    .then(({ docs }): unknown => docs[0] ?? null)

/**
 * The published state of a figure's document. Cached for the request: an answer with twenty
 * FAQs that quote the same band reads it once. Always the published state, whoever asks and
 * whatever `draft` says: readers, the live preview and the API all see the figure readers see;
 * an `asOf` read sees the one published at its moment (api/asOf/figuresAt.ts).
 */
export function publishedSource(
  req: PayloadRequest,
  { collection, id }: FigureTarget,
): Promise<FigureSource | null> {
  const cache = (req.context.publishedFigures ??= new Map()) as Cache
  const key = `${collection}/${id}`
  let found = cache.get(key)
  if (!found) {
    const at = figuresAsOf(req)
    found = at
      ? figureSourceAt(req, { collection, id }, at)
      : (findPublished(req, collection, id) as Promise<FigureSource | null>)
    cache.set(key, found)
  }
  return found
}

/** Forgets what this request read, after it changed a figure's document. */
export const forgetPublishedFigures = (req: PayloadRequest) => {
  delete req.context.publishedFigures
}

/** The figure's text as readers see it now, or null when its document is not published. */
export async function figureText(
  req: PayloadRequest,
  fields: { figure?: unknown; format?: unknown },
): Promise<string | null> {
  const target = figureTarget(fields.figure)
  if (!target || !isFigureFormat(fields.format)) return null
  const source = await publishedSource(req, target)
  return source ? formatFigure(source, fields.format) : null
}
