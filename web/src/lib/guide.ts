import type { GuideCollectionSlug, ContentChanges, DocumentOf } from '@mlops-guide/content'
import type { GuidePage, SiteSetting } from '@mlops-guide/content/types'

/**
 * Everything the site renders: the guide's page text, the site settings (navigation, footer,
 * the other pages' words), every published document of each guide collection, keyed by
 * the collection's slug (the contract's names, packages/content), in the editors' order, and
 * the newest page of the record of changes.
 */
export type Guide = {
  page: GuidePage
  settings: SiteSetting
  docs: { [S in GuideCollectionSlug]: DocumentOf<S>[] }
  /** The newest changes readers saw, newest first (the CMS's /api/content-changes). */
  changes: ContentChanges
}

/** A relationship field at depth 1 is the document, or its id if it could not be read. */
export const populated = <T extends object>(value: number | T | null | undefined): T | null =>
  value != null && typeof value === 'object' ? value : null

/**
 * The document a relationship points at, as the site holds it now (`docs`, kept current by
 * the content events), or null when it is not published. A copy the read populated into a
 * global is as old as the global: the guide page's first questions showed an FAQ's old
 * question after the FAQ changed.
 */
export const currentOf = <T extends { id: number }>(
  docs: readonly T[],
  value: number | T | null | undefined,
): T | null => {
  const id = typeof value === 'number' ? value : value?.id
  return id == null ? null : (docs.find((doc) => doc.id === id) ?? null)
}
