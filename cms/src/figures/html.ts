import type { HTMLConvertersFunctionAsync } from '@payloadcms/richtext-lexical/html-async'
import { TextHTMLConverterAsync } from '@payloadcms/richtext-lexical/html-async'
import type { PayloadRequest } from 'payload'

import { FIGURE_BLOCK } from '@mlops-guide/content/figures'

import { figureText } from './resolve'

type FigureNode = { fields: { figure?: unknown; format?: unknown; text?: unknown } }

/**
 * Lexical's default HTML converters plus the figure element: its current published value as
 * plain text (escaped by the library's own text converter), or the value at its last save
 * when its document is gone.
 */
export const figureHtmlConverters =
  (req: PayloadRequest): HTMLConvertersFunctionAsync =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    inlineBlocks: {
      ...defaultConverters.inlineBlocks,
      [FIGURE_BLOCK]: async ({ node }) => {
        const fields = node.fields as FigureNode['fields']
        const text =
          (await figureText(req, fields).catch(() => null)) ??
          (typeof fields.text === 'string' ? fields.text : '')
        const convert = TextHTMLConverterAsync.text as (args: object) => string
        return convert({ node: { type: 'text', text, format: 0 } })
      },
    },
  })
