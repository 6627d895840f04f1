import type { CollectionSlug, DocumentOf } from '@mlops-guide/content'
import type { GuidePage } from '@mlops-guide/content/types'

/**
 * Everything the site renders: the page text, and every published document of each guide
 * collection, keyed by the collection's slug (the contract's names, packages/content), in the
 * editors' drag-and-drop order.
 */
export type Guide = {
  page: GuidePage
  docs: { [S in CollectionSlug]: DocumentOf<S>[] }
}

/** A relationship field at depth 1 is the document, or its id if it could not be read. */
export const populated = <T extends object>(value: number | T | null | undefined): T | null =>
  value != null && typeof value === 'object' ? value : null
