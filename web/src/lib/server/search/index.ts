import MiniSearch from 'minisearch'

import type { Guide } from '#lib/guide.ts'
import { searchDocuments, type SearchDocument } from './documents.ts'

export type SearchHit = SearchDocument & {
  /** The words of the document that matched, as indexed (lower case): what to highlight. */
  terms: string[]
}

export type SearchAnswer = { hits: SearchHit[]; total: number }

type Built = {
  version: string
  index: MiniSearch<SearchDocument>
  byId: Map<string, SearchDocument>
}

/** The index of the content version last searched: built once per version, not per request. */
let built: Built | null = null

function build(version: string, guide: Guide): Built {
  const documents = searchDocuments(guide)
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    searchOptions: {
      boost: { title: 3 },
      // The last word may be unfinished ("kube" finds Kubernetes); a word of four letters or
      // more may be one letter off, of eight or more two ("kubernets"): MiniSearch's edit
      // distance as a share of the word's length
      // (https://lucaong.github.io/minisearch/types/MiniSearch.SearchOptions.html). Short
      // words neither: "i" as a prefix or "what" one letter off match most of the guide, and
      // that made a question take ten times as long.
      prefix: (term, i, terms) => term.length >= 2 && i === terms.length - 1,
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
    },
  })
  index.addAll(documents)
  return { version, index, byId: new Map(documents.map((d) => [d.id, d])) }
}

/**
 * The documents that match every word of `query`, best first (or, when none has them all,
 * those matching any), at most `limit` of them; `total` counts them all.
 */
export function searchGuide(
  content: { version: string; guide: Guide },
  query: string,
  limit: number,
): SearchAnswer {
  if (built?.version !== content.version) built = build(content.version, content.guide)
  const { index, byId } = built
  let results = index.search(query, { combineWith: 'AND' })
  if (results.length === 0) results = index.search(query, { combineWith: 'OR' })
  return {
    total: results.length,
    hits: results.slice(0, limit).map((r) => ({ ...byId.get(r.id)!, terms: r.terms })),
  }
}
