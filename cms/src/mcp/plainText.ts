import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

/** A rich text field's words (Lexical's own plain-text converter); nothing for anything else. */
export const plainText = (value: unknown): string =>
  value !== null && typeof value === 'object' && 'root' in value
    ? convertLexicalToPlaintext({ data: value as SerializedEditorState })
    : ''
