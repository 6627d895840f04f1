import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'

import type { ChangesPageView } from '#lib/views/changesPage.ts'

import { changesFeed } from './changesFeed'

/** Text a hostile or careless source could hold: the feed must stay XML whatever it meets. */
const HOSTILE = [
  'bell\u0007 escape\u001B nul\u0000 vertical tab\u000B form feed\u000C',
  'delete\u007F and C1 controls\u0085\u009F',
  'non-characters \uFFFE \uFFFF \uFDD0 \u{1FFFE} \u{10FFFF}',
  'lone surrogates \uD800 and \uDFFF',
  'ends ]]> the CDATA ]]]]><![CDATA[>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'entities &amp; &lt; &bogus; &#0; &#xFFFE; &',
  'right-to-left \u202Eoverride\u202C and \u2066isolate\u2069',
  'tab\tnewline\nreturn\r\nend',
  'emoji 💶 and CJK 給与',
  'long '.repeat(20_000),
]

/** What a reader should see: the text, each character XML cannot carry shown as U+FFFD. */
// XML turns every line end into \n (section 2.11), CDATA included.
const readable = (text: string) =>
  text
    .replace(/[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/\r\n?/g, '\n')

// A view as changesPageView makes it; only the fields the feed reads are filled in.
const viewOf = (texts: string[]) =>
  ({
    text: {
      title: texts[0],
      description: texts[1],
      sourceLabel: 'Source',
      asOfLabel: 'As of',
      alsoChangedLabel: 'Also changed',
    },
    guideTitle: texts[2],
    updatedIso: '2026-06-01T00:00:00.000Z',
    entries: texts.map((text, i) => ({
      id: i + 1,
      dateIso: '2026-06-01T00:00:00.000Z',
      subject: text,
      href: '/salaries#band-junior',
      figures: [{ figure: text, old: text, new: '$120k-$160k' }],
      happened: 'Updated',
      source: text,
      asOf: '1 June 2026',
      alsoChanged: [{ name: text, href: null }],
    })),
  }) as unknown as ChangesPageView

type Parsed = { errors: string[]; feedTitle: string; titles: string[]; summaries: string[] }

/** The feed read by saxes, a conformant XML parser (it refuses what XML 1.0 forbids). */
function parse(xml: string): Parsed {
  const parsed: Parsed = { errors: [], feedTitle: '', titles: [], summaries: [] }
  const parser = new SaxesParser({ xmlns: true })
  const path: string[] = []
  let text = ''
  parser.on('error', (error) => parsed.errors.push(error.message))
  parser.on('opentag', (tag) => {
    path.push(tag.local)
    text = ''
  })
  parser.on('text', (t) => (text += t))
  parser.on('cdata', (t) => (text += t))
  parser.on('closetag', () => {
    const at = path.join('/')
    if (at === 'feed/title') parsed.feedTitle = text
    if (at === 'feed/entry/title') parsed.titles.push(text)
    if (at === 'feed/entry/summary') parsed.summaries.push(text)
    path.pop()
  })
  parser.write(xml).close()
  return parsed
}

/** What a feed reader shows for a type="html" element holding no tags. */
const htmlToText = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) =>
    e === 'amp' ? '&' : e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : "'",
  )

describe('changesFeed', () => {
  it('is well-formed XML whatever the text of a change holds', () => {
    const parsed = parse(changesFeed(viewOf(HOSTILE), 'https://guide.example'))
    expect(parsed.errors).toEqual([])
    expect(parsed.titles).toHaveLength(HOSTILE.length)
    expect(parsed.feedTitle).toBe(readable(`${HOSTILE[0]} | ${HOSTILE[2]}`))
  })

  it('gives readers the text of each change, never markup', () => {
    const parsed = parse(changesFeed(viewOf(HOSTILE), 'https://guide.example'))
    HOSTILE.forEach((text, i) => {
      // type="html": no tag survives, and decoding the HTML gives back the text.
      expect(parsed.titles[i]).not.toMatch(/<|>/)
      expect(parsed.summaries[i]).not.toMatch(/<|>/)
      const line = `${text}: ${text}: ${text} → $120k-$160k`
      expect(htmlToText(parsed.titles[i]!)).toBe(readable(line))
      expect(htmlToText(parsed.summaries[i]!)).toBe(
        readable(`${line}. Source: ${text}. As of: 1 June 2026. Also changed: ${text}`),
      )
    })
  })

  it('keeps text that XML can carry exactly as written', () => {
    for (const text of HOSTILE.slice(5)) {
      const parsed = parse(changesFeed(viewOf([text, text, text]), 'https://guide.example'))
      const asWritten = text.replace(/\r\n?/g, '\n')
      expect(htmlToText(parsed.titles[0]!)).toBe(
        `${asWritten}: ${asWritten}: ${asWritten} → $120k-$160k`,
      )
    }
  })
})
