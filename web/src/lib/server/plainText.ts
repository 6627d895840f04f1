/**
 * The text of HTML the CMS made from its rich text (no scripts, links sanitised): tags
 * dropped, the entities its converter writes turned back into characters. For places that
 * take text, not markup (JSON-LD, the search index).
 */
export const plainText = (html: string) =>
  html
    // Blocks (paragraphs, list items) end a sentence; inline tags sit inside a word's run.
    .replace(/<\/?(?:p|li|ul|ol|h[1-6]|br|div|blockquote)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
