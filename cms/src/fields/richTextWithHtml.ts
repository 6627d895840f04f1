import { getPayloadPopulateFn } from '@payloadcms/richtext-lexical'
import { convertLexicalToHTMLAsync } from '@payloadcms/richtext-lexical/html-async'
import type { Field, FieldHook, PayloadRequest, RichTextFieldValidation } from 'payload'
import { richText } from 'payload/shared'

import { isRecord } from '../api/requestChecks/checkQuery'
import { checkLinkTarget } from './linkTarget'
import { siteHtmlConverters } from './siteHtml'

type LexicalNode = {
  type?: string
  fields?: { url?: unknown; linkType?: unknown }
  children?: unknown
}

/** The addresses of every link in a Lexical document (links to CMS documents excepted). */
function linkUrls(node: unknown, found: string[] = []): string[] {
  if (node === null || typeof node !== 'object') return found
  const n = node as LexicalNode & { root?: unknown }
  if (n.root) return linkUrls(n.root, found)
  if ((n.type === 'link' || n.type === 'autolink') && n.fields?.linkType !== 'internal') {
    found.push(typeof n.fields?.url === 'string' ? n.fields.url : '')
  }
  if (Array.isArray(n.children)) for (const child of n.children) linkUrls(child, found)
  return found
}

/** The editor's own checks, then every link's target (fields/linkTarget.ts). */
const validateRichText: RichTextFieldValidation = async (value, options) => {
  const base = await richText(value, options)
  if (base !== true) return base
  for (const url of linkUrls(value)) {
    const target = await checkLinkTarget(url, options.req as PayloadRequest)
    if (target !== true) return `Link ${target}`
  }
  return true
}

/**
 * The HTML twin's value, rendered on every read by @payloadcms/richtext-lexical's own
 * converters (they escape every text node and pass link URLs through Payload's sanitizeUrl,
 * so `javascript:` never reaches a reader), with the site's own for images, list items and
 * the figure element, which shows the current published value (fields/siteHtml.ts). Written here rather than with the library's
 * lexicalHTMLField because that field's converters cannot see the request, and a figure
 * needs it to read its document.
 */
const toHtml =
  (lexicalFieldName: string): FieldHook =>
  async (args) => {
    const { currentDepth, depth, draft, overrideAccess, req, showHiddenFields, siblingData } = args
    // Only a REST read whose `select` left the source out; an optional field left empty is
    // absent too, and costs no query.
    const leftOut = !(lexicalFieldName in siblingData) && isRecord(req.query?.select)
    const data = leftOut
      ? await unselectedSource(args, lexicalFieldName)
      : siblingData[lexicalFieldName]
    if (!data) return ''
    const populate = await getPayloadPopulateFn({
      currentDepth: currentDepth ?? 0,
      depth: depth ?? req.payload.config.defaultDepth,
      draft: draft ?? false,
      overrideAccess: overrideAccess ?? false,
      req,
      showHiddenFields: showHiddenFields ?? false,
    })
    return convertLexicalToHTMLAsync({
      converters: siteHtmlConverters(req),
      data,
      populate,
      // Inline styles the site's CSP would block (fields/siteHtml.ts).
      disableIndent: true,
      disableTextAlign: true,
    })
  }

/**
 * The rich text a `select` left out while naming its HTML twin (`select[answerHtml]=true`):
 * read from the same document as the caller read it (draft or published), selecting only
 * the top-level field that holds it (a local read: no `select` in its request, so this hook
 * does not fetch again). Payload's `select` knows no field that depends on another; one
 * query more, only for such a select.
 */
async function unselectedSource(
  { collection, data, draft, global, path, req }: Parameters<FieldHook>[0],
  lexicalFieldName: string,
): Promise<unknown> {
  const sourcePath = [...path.slice(0, -1), lexicalFieldName]
  const top = String(sourcePath[0])
  const select = { [top]: true as const }
  const id = (data as { id?: number | string } | undefined)?.id
  const doc: unknown = collection
    ? id === undefined
      ? null
      : await req.payload.findByID({
          collection: collection.slug,
          id,
          select,
          depth: 0,
          draft: draft ?? false,
          disableErrors: true,
        })
    : global
      ? await req.payload.findGlobal({ slug: global.slug, select, depth: 0, draft: draft ?? false })
      : null
  return sourcePath.reduce<unknown>(
    (node, key) => (node as Record<string | number, unknown> | null | undefined)?.[key],
    doc,
  )
}

/**
 * A rich-text field plus its HTML twin (`<name>Html`, computed on read, never stored). The
 * site and other apps get ready, safe HTML and never need Lexical or Payload. Links may lead
 * only to pages of the site or to https:// addresses (fields/linkTarget.ts).
 */
export const richTextWithHtml = (name: string, opts: { required?: boolean } = {}): Field[] => [
  { name, type: 'richText', required: opts.required, validate: validateRichText },
  {
    name: `${name}Html`,
    type: 'code',
    admin: { hidden: true, editorOptions: { language: 'html' } },
    hooks: {
      afterRead: [toHtml(name)],
      beforeChange: [({ siblingData }) => void delete siblingData[`${name}Html`]],
    },
  },
]
