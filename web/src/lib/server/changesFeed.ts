import { Feed } from 'feed'

import { entryLine, type ChangesPageView } from '#lib/views/changesPage.ts'

/**
 * What XML 1.0 cannot carry (outside its Char production: C0 controls but tab and line breaks,
 * U+FFFE, U+FFFF, lone surrogates), plus DEL and the C1 controls it discourages. One such
 * character makes the whole feed unreadable, and text stored before the CMS refused them
 * (cms/src/fields/text.ts) may still hold one: it becomes U+FFFD here.
 */
const NOT_XML = /[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

const xmlText = (text: string) => text.replace(NOT_XML, '\uFFFD')

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Text for an element the `feed` library marks type="html" (entry titles and summaries, in
 * CDATA): escaped, so a feed reader shows `<img onerror=…>` as the characters it is and never
 * as markup, and `]]>` cannot end the CDATA section early.
 */
const htmlText = (text: string) => xmlText(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)

/** The record of changes as an Atom feed (written by the `feed` library), newest first. */
export function changesFeed(view: ChangesPageView, origin: string): string {
  const page = `${origin}/changes`
  const feed = new Feed({
    id: page,
    link: page,
    title: xmlText(`${view.text.title} | ${view.guideTitle}`),
    description: view.text.description ? xmlText(view.text.description) : undefined,
    updated: new Date(view.updatedIso),
    feedLinks: { atom: `${origin}/changes.xml` },
    generator: false,
    author: { name: xmlText(view.guideTitle), link: origin },
  })
  for (const entry of view.entries) {
    const line = entryLine(entry)
    const details = [
      entry.source && `${view.text.sourceLabel}: ${entry.source}`,
      entry.asOf && `${view.text.asOfLabel}: ${entry.asOf}`,
      entry.alsoChanged.length > 0 &&
        `${view.text.alsoChangedLabel}: ${entry.alsoChanged.map((d) => d.name).join(', ')}`,
    ].filter(Boolean)
    feed.addItem({
      id: `${page}#change-${entry.id}`,
      // An entry about a document readers can no longer see links to the record itself.
      link: entry.href ? `${origin}${entry.href}` : `${page}#change-${entry.id}`,
      title: htmlText(line),
      date: new Date(entry.dateIso),
      description: htmlText([line, ...details].join('. ')),
    })
  }
  return feed.atom1()
}
