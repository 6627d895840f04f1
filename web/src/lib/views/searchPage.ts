import type { SearchKind } from '#lib/server/search/documents.ts'
import type { SearchAnswer } from '#lib/server/search/index.ts'

/**
 * /search: what a search found, each result's title and a passage of its text with the
 * matching words marked. Text is handed over as segments, never as HTML, so nothing a reader
 * types (or an editor writes) can become markup.
 */

/** The search's own words. Not yet editor-managed (the site settings have no search group). */
export const searchText = {
  title: 'Search the guide',
  description:
    'Search every career stage, skill, role, salary band, company and question of the guide.',
  label: 'Search the guide',
  button: 'Search',
  placeholder: 'e.g. Kubernetes',
  resultsFor: 'Results for',
  noResults: 'Nothing in the guide matches',
  noResultsHint: 'Try fewer or other words, or browse the skills and the career path.',
  kinds: {
    stage: 'Career stage',
    skill: 'Skill',
    category: 'Skill category',
    role: 'Role',
    band: 'Salary band',
    company: 'Company',
    faq: 'Question',
    guide: 'Guide',
  } satisfies Record<SearchKind, string>,
}

/** How many matches the page lists, of how many. */
const countLine = (shown: number, total: number) =>
  shown < total
    ? `The best ${shown} of ${total} matches`
    : `${total} ${total === 1 ? 'match' : 'matches'}`

/** A run of text, marked when it is a word the search matched. */
export type Segment = { text: string; mark: boolean }

/** At most this many results are listed. */
export const SHOWN_RESULTS = 50
/** How much of a result's text is shown, around its first match. */
const PASSAGE = 180

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Where in `text` the words (as indexed: lower case) begin a word, case aside. */
const wordsIn = (terms: string[]) =>
  terms.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})`, 'giu')
    : null

function marked(text: string, pattern: RegExp | null): Segment[] {
  if (!pattern) return text ? [{ text, mark: false }] : []
  const segments: Segment[] = []
  let at = 0
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) segments.push({ text: text.slice(at, match.index), mark: false })
    segments.push({ text: match[0], mark: true })
    at = match.index + match[0].length
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false })
  return segments
}

/** About PASSAGE characters of `text` from shortly before its first match, cut at spaces. */
function passage(text: string, pattern: RegExp | null): string {
  if (text.length <= PASSAGE) return text
  const first = pattern ? Math.max(0, text.search(pattern)) : 0
  let start = Math.max(0, first - PASSAGE / 3)
  if (start > 0) start = text.indexOf(' ', start) + 1 || start
  let end = Math.min(text.length, start + PASSAGE)
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`
}

export function searchPageView(query: string | null, answer: SearchAnswer | null) {
  return {
    text: searchText,
    query,
    count: countLine(answer?.hits.length ?? 0, answer?.total ?? 0),
    results: (answer?.hits ?? []).map((hit) => {
      const pattern = wordsIn(hit.terms)
      return {
        id: hit.id,
        kind: searchText.kinds[hit.kind],
        href: hit.href,
        title: marked(hit.title, pattern),
        passage: marked(passage(hit.text, pattern), pattern),
      }
    }),
  }
}
export type SearchPageView = ReturnType<typeof searchPageView>
