import { COLLECTION_SLUGS, type CollectionSlug } from '@mlops-guide/content'
import type { PreviewTarget } from '@mlops-guide/content/preview'
import { REFERENCES } from '@mlops-guide/content/references'

import type { Guide } from '#lib/content.ts'

type Doc = { id: number | string }

/**
 * For each collection, where other collections' documents show one of its documents
 * (collection and relationship field): the generated map of references turned around.
 */
const SHOWN_IN = Object.fromEntries(
  COLLECTION_SLUGS.map((target) => [
    target,
    COLLECTION_SLUGS.flatMap((from) =>
      Object.entries(REFERENCES[from] as Record<string, CollectionSlug>)
        .filter(([, to]) => to === target)
        .map(([field]) => [from, field] as const),
    ),
  ]),
) as Record<CollectionSlug, (readonly [CollectionSlug, string])[]>

const sameDoc = (a: unknown, b: Doc) =>
  a != null && typeof a === 'object' && 'id' in a && (a as Doc).id === b.id

const swap = (value: unknown, doc: Doc): unknown =>
  Array.isArray(value) ? value.map((v) => swap(v, doc)) : sameDoc(value, doc) ? doc : value

/**
 * The published guide with one document replaced by its draft (added if it was never
 * published), including where other documents show it through a relationship, so the
 * preview matches what readers will see once it is published.
 */
export function withDraft(guide: Guide, target: PreviewTarget, doc: Doc): Guide {
  if ('global' in target) {
    return target.global === 'site-settings'
      ? { ...guide, settings: doc as unknown as Guide['settings'] }
      : { ...guide, page: doc as unknown as Guide['page'] }
  }
  // Loosely typed inside: any collection's documents, any relationship field.
  const docs = { ...guide.docs } as unknown as Record<string, Record<string, unknown>[]>
  const list = docs[target.collection]!
  const at = list.findIndex((d) => d.id === doc.id)
  docs[target.collection] = at >= 0 ? list.map((d, i) => (i === at ? doc : d)) : [...list, doc]
  for (const [collection, field] of SHOWN_IN[target.collection]) {
    docs[collection] = docs[collection]!.map((d) =>
      field in d ? { ...d, [field]: swap(d[field], doc) } : d,
    )
  }
  return { ...guide, docs: docs as unknown as Guide['docs'] }
}
