import {
  type FigureSource,
  isFigureCollection,
  withFigureValues,
} from '@mlops-guide/content/figures'
import type { PreviewTarget } from '@mlops-guide/content/preview'

import type { Guide } from '#lib/guide.ts'
import { withDocument } from '#lib/withDocument.ts'

/** Every string in a value (the guide's documents and globals) passed through `change`. */
const mapStrings = (value: unknown, change: (text: string) => string): unknown =>
  typeof value === 'string'
    ? change(value)
    : Array.isArray(value)
      ? value.map((v) => mapStrings(v, change))
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, change)]))
        : value

/**
 * The guide with the texts that quote a figure of this band, role or stage (the CMS marks
 * each quoted figure in its HTML) showing the draft's value, as they will once it is published.
 */
function withDraftFigures(guide: Guide, target: PreviewTarget, doc: { id: number | string }) {
  if ('global' in target || !isFigureCollection(target.collection)) return guide
  const document = { collection: target.collection, id: doc.id }
  const change = (text: string) =>
    text.includes('data-figure=') ? withFigureValues(text, document, doc as FigureSource) : text
  const { docs, page, settings } = guide
  return { ...guide, ...(mapStrings({ docs, page, settings }, change) as Partial<Guide>) }
}

/**
 * The published guide with one document replaced by its draft (added if it was never
 * published), including where other documents show it through a relationship and where texts
 * quote its figures, so the preview matches what readers will see once it is published.
 */
export function withDraft(guide: Guide, target: PreviewTarget, doc: { id: number | string }) {
  if ('global' in target) {
    return target.global === 'site-settings'
      ? { ...guide, settings: doc as unknown as Guide['settings'] }
      : { ...guide, page: doc as unknown as Guide['page'] }
  }
  return withDraftFigures(withDocument(guide, target.collection, doc), target, doc)
}
