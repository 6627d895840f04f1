import type { HTMLConverterAsync } from '@payloadcms/richtext-lexical/html-async'
import { TextHTMLConverterAsync } from '@payloadcms/richtext-lexical/html-async'
import type { PayloadRequest } from 'payload'

import { figureMarkAttributes } from '@mlops-guide/content/figures'

import { figureTarget, figureText } from './resolve'

type FigureNode = { fields: { figure?: unknown; format?: unknown; text?: unknown } }

/**
 * The figure element in HTML: its current published value as plain text (escaped by the
 * library's own text converter), or the value at its last save when its document is gone.
 * It is marked with what it quotes (figureMarkAttributes) so the site's preview of a draft
 * band, role or stage can show the draft's value in the texts that quote it.
 */
export const figureHtmlConverter =
  (req: PayloadRequest): HTMLConverterAsync =>
  async ({ node }) => {
    const fields = (node as unknown as FigureNode).fields
    const text =
      (await figureText(req, fields).catch(() => null)) ??
      (typeof fields.text === 'string' ? fields.text : '')
    const convert = TextHTMLConverterAsync.text as (args: object) => string
    const html = convert({ node: { type: 'text', text, format: 0 } })
    const target = figureTarget(fields.figure)
    const attributes = target && figureMarkAttributes(target, fields.format)
    return attributes ? `<span ${attributes}>${html}</span>` : html
  }
