import {
  COLLECTION_SLUGS,
  type ContentChanges,
  type GuideCollectionSlug,
} from '@mlops-guide/content'
import { FIGURE_COLLECTIONS } from '@mlops-guide/content/figures'
import { RELATIONSHIPS } from '@mlops-guide/content/relationships'

import type { Guide } from '#lib/guide.ts'

type Loose = Record<string, Record<string, unknown>[]>

/**
 * The documents of an `asOf` read with their relationships filled in from the same read.
 * The CMS answers `asOf` at depth 0 (relationships as ids: it reads each document's version
 * at that moment, not the related documents'), while the views expect depth 1's related
 * documents; filled from the same moment's documents, a stage shows its band as it was then,
 * not as it is now. An id the read lacks (not published then) stays an id, as depth 1 leaves
 * one it cannot read. Like depth 1, the related documents' own relationships stay ids.
 */
export function withRelatedDocuments(docs: Guide['docs']): Guide['docs'] {
  const loose = docs as unknown as Loose
  const byId = new Map(
    COLLECTION_SLUGS.map((slug) => [slug, new Map(loose[slug]!.map((d) => [d.id, d]))]),
  )
  const related = COLLECTION_SLUGS.map((slug) => {
    const fields = Object.entries(RELATIONSHIPS[slug] as Record<string, GuideCollectionSlug>)
    return loose[slug]!.map((doc) => {
      const filled = { ...doc }
      for (const [field, target] of fields) {
        const one = (value: unknown) => byId.get(target)!.get(value) ?? value
        const value = doc[field]
        if (value != null) filled[field] = Array.isArray(value) ? value.map(one) : one(value)
      }
      return filled
    })
  })
  return Object.fromEntries(
    COLLECTION_SLUGS.map((slug, i) => [slug, related[i]]),
  ) as unknown as Guide['docs']
}

const atOrBefore = (time: string | null, at: string) =>
  time !== null && Date.parse(time) <= Date.parse(at)

/**
 * The record of changes as it stood at `at`: the entries up to then, and when each kind of
 * figure had last changed (from the entries the page holds; none when they do not reach back
 * that far, rather than a later date).
 */
export function changesAt(changes: ContentChanges, at: string): ContentChanges {
  const docs = changes.docs.filter((c) => atOrBefore(c.time, at))
  const lastOf = (slug: string) =>
    docs.find((c) => c.document.kind === 'collection' && c.document.slug === slug)?.time ?? null
  const figuresUpdated = Object.fromEntries(
    FIGURE_COLLECTIONS.map((slug) => {
      const now = changes.figuresUpdated[slug]
      return [slug, atOrBefore(now, at) ? now : lastOf(slug)]
    }),
  ) as ContentChanges['figuresUpdated']
  return { ...changes, docs, figuresUpdated }
}
