import { FIGURE_BLOCK, type FigureCollection } from '@mlops-guide/content/figures'

import { figureTarget } from './resolve'

export type Quote = {
  /** The field that holds it, e.g. "answer" or "why.body". */
  field: string
  collection: FigureCollection
  id: number | string
  format: string
}

type Node = { type?: unknown; fields?: { blockType?: unknown; figure?: unknown; format?: unknown } }

/**
 * A document of its own inside another: a relationship the read populated (the guide page's
 * first questions are FAQs). Its quotes are its own, indexed under it, not under the
 * document that shows it. Array rows and blocks have an id but no timestamps.
 */
const isRelatedDocument = (value: object) =>
  'id' in value && 'createdAt' in value && 'updatedAt' in value

/**
 * Every figure element in a document, whatever its schema: rich text is found by its Lexical
 * `root`, so a new rich-text field anywhere is covered without being listed.
 */
export function quotesIn(doc: unknown): Quote[] {
  const found: Quote[] = []
  const walk = (value: unknown, path: string[], field: string | null) => {
    if (value === null || typeof value !== 'object') return
    if (path.length > 0 && isRelatedDocument(value)) return
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, field ? path : [...path, String(i)], field))
      return
    }
    const node = value as Node & Record<string, unknown>
    if (field && node.type === 'inlineBlock' && node.fields?.blockType === FIGURE_BLOCK) {
      const target = figureTarget(node.fields.figure)
      if (target) found.push({ field, ...target, format: String(node.fields.format ?? '') })
      return
    }
    for (const [key, child] of Object.entries(node)) {
      if (!field && key.endsWith('Html')) continue
      const childPath = field ? path : [...path, key]
      const isLexical = !field && child !== null && typeof child === 'object' && 'root' in child
      walk(child, childPath, field ?? (isLexical ? childPath.join('.') : null))
    }
  }
  walk(doc, [], null)
  return found
}
