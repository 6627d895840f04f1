import type { PreviewTarget } from '@mlops-guide/content/preview'

import type { Guide } from '#lib/guide.ts'
import { withDocument } from '#lib/withDocument.ts'

/**
 * The published guide with one document replaced by its draft (added if it was never
 * published), including where other documents show it through a relationship, so the
 * preview matches what readers will see once it is published.
 */
export function withDraft(guide: Guide, target: PreviewTarget, doc: { id: number | string }) {
  if ('global' in target) {
    return target.global === 'site-settings'
      ? { ...guide, settings: doc as unknown as Guide['settings'] }
      : { ...guide, page: doc as unknown as Guide['page'] }
  }
  return withDocument(guide, target.collection, doc)
}
