import { lexicalHTMLField } from '@payloadcms/richtext-lexical'
import type { Field } from 'payload'

/**
 * A rich-text field plus its HTML twin (`<name>Html`), rendered on read by
 * @payloadcms/richtext-lexical's own converters, which escape every text node and pass
 * link URLs through Payload's sanitizeUrl (so `javascript:` never reaches a reader).
 * The site and other apps get ready, safe HTML and never need Lexical or Payload.
 */
export const richTextWithHtml = (name: string, opts: { required?: boolean } = {}): Field[] => [
  { name, type: 'richText', required: opts.required },
  lexicalHTMLField({ htmlFieldName: `${name}Html`, lexicalFieldName: name }),
]
