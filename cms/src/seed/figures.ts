import { randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import {
  FIGURE_BLOCK,
  type FigureCollection,
  type FigureFormat,
  type FigureSource,
  formatFigure,
} from '@mlops-guide/content/figures'

import { mentionsIn, type Mention } from '../figures/mentions'

/** A band, role or stage the seed created, with the figures the prose may quote. */
export type SeededFigure = FigureSource & { collection: FigureCollection; id: number | string }

type TextNode = { type: 'text'; text: string; [key: string]: unknown }
type LexicalNode = { type?: string; children?: LexicalNode[]; [key: string]: unknown }

/**
 * The formats to try for a mention: "$210k-$270k+" is `rangePlus` of a band whose top is not
 * open-ended, but `range` of one whose top is; years are `years`.
 */
const formatsFor = (mention: Mention): FigureFormat[] =>
  mention.kind === 'years' ? ['years'] : ['range', 'rangePlus']

/**
 * The one document whose figure, written in a format, is exactly the mention's text. Years
 * are a stage's; salaries a band's, else a role's. Several equal candidates of one kind are
 * ambiguous: the figure stays text (and the seed says so).
 */
function sourceOf(mention: Mention, figures: SeededFigure[]) {
  const kinds: FigureCollection[][] =
    mention.kind === 'years' ? [['career-stages']] : [['salary-bands'], ['roles']]
  for (const kind of kinds) {
    const matches = figures.flatMap((figure) =>
      kind.includes(figure.collection)
        ? formatsFor(mention)
            .filter((format) => formatFigure(figure, format) === mention.text)
            .slice(0, 1)
            .map((format) => ({ figure, format }))
        : [],
    )
    if (matches.length === 1) return matches[0]!
    if (matches.length > 1) return 'ambiguous' as const
  }
  return null
}

const figureNode = (figure: SeededFigure, format: FigureFormat, text: string) => ({
  type: 'inlineBlock',
  version: 1,
  fields: {
    // Lexical blocks carry a 24-hex-digit id, like the editor's own.
    id: randomBytes(12).toString('hex'),
    blockName: '',
    blockType: FIGURE_BLOCK,
    figure: { relationTo: figure.collection, value: figure.id },
    format,
    text,
  },
})

/**
 * The document's prose with each figure that matches structured data made a figure element
 * (the text around it keeps its formatting). Figures without a structured source stay text.
 */
export function linkFigures<T>(
  lexical: T,
  figures: SeededFigure[],
  log: (line: string) => void = () => {},
): T {
  const visit = (node: LexicalNode): LexicalNode => {
    if (!Array.isArray(node.children)) return node
    const children = node.children.flatMap((child): LexicalNode[] => {
      if (child.type !== 'text') return [visit(child)]
      const text = (child as TextNode).text
      const parts: LexicalNode[] = []
      let at = 0
      for (const mention of mentionsIn(text)) {
        const found = sourceOf(mention, figures)
        if (found === 'ambiguous')
          log(`figure "${mention.text}" matches several documents: left as text`)
        if (!found || found === 'ambiguous') continue
        if (mention.start > at) parts.push({ ...child, text: text.slice(at, mention.start) })
        parts.push(figureNode(found.figure, found.format, mention.text))
        at = mention.start + mention.text.length
      }
      if (at === 0) return [child]
      if (at < text.length) parts.push({ ...child, text: text.slice(at) })
      return parts
    })
    return { ...node, children }
  }
  const root = (lexical as { root: LexicalNode }).root
  return { ...lexical, root: visit(root) }
}

/** The published bands, roles and stages, as they are now (an editor may have changed one). */
export async function publishedFigures(
  payload: Payload,
  req: PayloadRequest,
): Promise<SeededFigure[]> {
  const all: SeededFigure[] = []
  for (const collection of ['salary-bands', 'roles', 'career-stages'] as const) {
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      depth: 0,
      pagination: false,
      req,
    })
    all.push(...docs.map((doc) => ({ ...doc, collection })))
  }
  return all
}
