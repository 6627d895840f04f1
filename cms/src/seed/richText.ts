import {
  convertMarkdownToLexical,
  editorConfigFactory,
  type SanitizedServerEditorConfig,
} from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

/** Markdown in the fixtures -> Lexical JSON, through the editor's own converter. */
export async function markdownConverter(config: SanitizedConfig) {
  const editorConfig: SanitizedServerEditorConfig = await editorConfigFactory.default({ config })
  return (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown })
}
