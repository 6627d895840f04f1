import {
  TextHTMLConverterAsync,
  type HTMLConverterAsync,
  type HTMLConvertersFunctionAsync,
} from '@payloadcms/richtext-lexical/html-async'
import type { PayloadRequest } from 'payload'

import { FIGURE_BLOCK } from '@mlops-guide/content/figures'
import type { Media } from '@mlops-guide/content/types'

import { figureHtmlConverter } from '../figures/html'
import { imageHtml } from '../media/imageHtml'

type UploadNode = { relationTo: string; value: number | string | Media }

/** An uploaded image (the editor offers images only), served by the site in fitting sizes. */
const upload: HTMLConverterAsync = async ({ node, populate }) => {
  const { relationTo, value } = node as unknown as UploadNode
  const image =
    typeof value === 'object'
      ? value
      : ((await populate?.({ id: value, collectionSlug: relationTo })) as Media | undefined)
  return image ? imageHtml(image) : ''
}

/**
 * A list item without the library's `style` attribute (it writes one, empty or not, on every
 * item), which the site's CSP (`style-src 'self'`) would report.
 */
const listitem: HTMLConverterAsync = async ({ node, nodesToHTML }) => {
  const { children = [], value } = node as unknown as {
    children?: Parameters<typeof nodesToHTML>[0]['nodes']
    value?: number
  }
  const inner = (await nodesToHTML({ nodes: children, parent: node as never })).join('')
  return `<li${typeof value === 'number' ? ` value="${value}"` : ''}>${inner}</li>`
}

// Lexical's text format bits (lexical/utils/nodeFormat): these two it writes as inline styles.
const STRIKETHROUGH = 1 << 2
const UNDERLINE = 1 << 3

/** Text as the library writes it, but strikethrough and underline (from older content) as tags. */
const text: HTMLConverterAsync = async (args) => {
  const plain = TextHTMLConverterAsync.text as (args: object) => string
  const format = Number((args.node as { format?: number }).format ?? 0)
  let html = plain({
    ...args,
    node: { ...args.node, format: format & ~(STRIKETHROUGH | UNDERLINE) },
  })
  if (format & UNDERLINE) html = `<u>${html}</u>`
  if (format & STRIKETHROUGH) html = `<s>${html}</s>`
  return html
}

/**
 * Rich text as the site shows it: Lexical's own converters for what they render without
 * inline styles, and ours for text styles, images, list items and the figure element. Alignment and
 * indentation, which the editor no longer offers (fields/editor.ts), are dropped from older
 * content rather than written as style attributes (richTextWithHtml.ts).
 */
export const siteHtmlConverters =
  (req: PayloadRequest): HTMLConvertersFunctionAsync =>
  ({ defaultConverters }) => ({
    ...defaultConverters,
    text,
    upload,
    listitem,
    inlineBlocks: { ...defaultConverters.inlineBlocks, [FIGURE_BLOCK]: figureHtmlConverter(req) },
  })
