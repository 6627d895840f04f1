import { COLLECTION_SLUGS, type GuideCollectionSlug } from '@mlops-guide/content'
import { RELATIONSHIPS } from '@mlops-guide/content/relationships'

import type { Guide } from '#lib/guide.ts'

type Doc = { id: number | string; updatedAt?: string | null; _order?: string | null }
type Loose = Record<string, Record<string, unknown>[]>

/**
 * For each collection, where other collections' documents show one of its documents
 * (collection and relationship field): the generated map of relationships turned around.
 */
const SHOWN_IN = Object.fromEntries(
  COLLECTION_SLUGS.map((target) => [
    target,
    COLLECTION_SLUGS.flatMap((from) =>
      Object.entries(RELATIONSHIPS[from] as Record<string, GuideCollectionSlug>)
        .filter(([, to]) => to === target)
        .map(([field]) => [from, field] as const),
    ),
  ]),
) as Record<GuideCollectionSlug, (readonly [GuideCollectionSlug, string])[]>

const isDoc = (value: unknown, id: Doc['id']) =>
  value != null && typeof value === 'object' && 'id' in value && (value as Doc).id === id

/** A relationship value with the document `id` replaced by `by` (a document, or its bare id). */
const swap = (value: unknown, id: Doc['id'], by: unknown): unknown =>
  Array.isArray(value) ? value.map((v) => swap(v, id, by)) : isDoc(value, id) ? by : value

// Editors order every guide collection by dragging (Payload's fractional `_order` keys,
// which sort as plain strings); the API answers in that order, and so does the copy.
const byOrder = (a: Doc, b: Doc) => ((a._order ?? '') < (b._order ?? '') ? -1 : 1)

function replaceWhereShown(
  docs: Loose,
  collection: GuideCollectionSlug,
  id: Doc['id'],
  by: unknown,
) {
  for (const [from, field] of SHOWN_IN[collection]) {
    docs[from] = docs[from]!.map((d) =>
      field in d ? { ...d, [field]: swap(d[field], id, by) } : d,
    )
  }
}

/**
 * The guide with one document in its place (added if new), in every list and wherever other
 * documents show it through a relationship: what a full refetch would give. With `ifNewer`,
 * a copy already holding a later version of it is left as it is (answers that arrive late).
 * With `onlyHeld`, a copy that does not hold it is left as it is: a document refetched only
 * because it quotes a changed figure must not come back after its own delete or unpublish
 * was applied while the fetch was under way.
 */
export function withDocument(
  guide: Guide,
  collection: GuideCollectionSlug,
  doc: Doc,
  { ifNewer = false, onlyHeld = false } = {},
): Guide {
  const docs = { ...guide.docs } as unknown as Loose
  const list = docs[collection]! as Doc[]
  const held = list.find((d) => d.id === doc.id)
  if (onlyHeld && !held) return guide
  if (ifNewer && held?.updatedAt && doc.updatedAt && held.updatedAt > doc.updatedAt) return guide
  const next = held ? list.map((d) => (d === held ? doc : d)) : [...list, doc]
  docs[collection] = (next.every((d) => d._order) ? next.sort(byOrder) : next) as Loose[string]
  replaceWhereShown(docs, collection, doc.id, doc)
  return { ...guide, docs: docs as unknown as Guide['docs'] }
}

/** The guide without a document (deleted or unpublished); where others showed it, its id. */
export function withoutDocument(
  guide: Guide,
  collection: GuideCollectionSlug,
  id: Doc['id'],
): Guide {
  const docs = { ...guide.docs } as unknown as Loose
  docs[collection] = docs[collection]!.filter((d) => String(d.id) !== String(id))
  replaceWhereShown(docs, collection, id, id)
  return { ...guide, docs: docs as unknown as Guide['docs'] }
}
