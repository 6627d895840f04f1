import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { Payload, Where } from 'payload'
import { z } from 'zod'

import { answer, guarded, refusal } from '../answer'
import { GUIDE_SECTION, publishedGuideSections } from '../guideSections'
import { type Citation, citationOf, KIND_NAMES, KINDS, type Kind } from '../kinds'
import { plainText } from '../plainText'
import { titleOf } from '../publicDocument'

const MAX_WORDS = 8
/** Candidates read per kind before ranking: the guide holds a few dozen documents of each. */
const CANDIDATES = 50
/** What search_guide can be narrowed to: the documents' kinds and the guide page's sections. */
const SEARCHED = [...KIND_NAMES, GUIDE_SECTION] as const
type Searched = (typeof SEARCHED)[number]

type Hit = {
  kind: Searched
  /** A document's id; a section of the guide page has none (its slug names it). */
  id?: number
  slug: string | null
  title: string
  citation: Citation
  score: number
}

/** Three for each word in the title, one for each in the rest of the text. */
const scoreOf = (title: string, rest: string, words: string[]) => {
  const [inTitle, inRest] = [title.toLowerCase(), rest.toLowerCase()]
  return words.reduce(
    (sum, w) => sum + (inTitle.includes(w) ? 3 : 0) + (inRest.includes(w) ? 1 : 0),
    0,
  )
}

/** A field's value by its path through populated relationships (`group.title`). */
const valueAt = (doc: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[key]
          : undefined,
      doc,
    )

/**
 * The published documents of one kind holding any of the words in a searched field, scored
 * by scoreOf. Plain text fields are matched by Payload's `like` (case-insensitive, anywhere in
 * the text; a related document's through its relationship); a kind with rich text (an FAQ's
 * answer) is read whole and matched on its plain text, which no query can reach. A query
 * rather than the site's MiniSearch index, which lives in the site's server
 * (web/src/lib/server/search) and is built from its loaded guide.
 */
async function searchKind(payload: Payload, kind: Kind, words: string[]): Promise<Hit[]> {
  const { collection, searched } = KINDS[kind]
  const richText = (KINDS[kind] as { richText?: readonly string[] }).richText ?? []
  const where: Where = {
    or: searched.flatMap((field) => words.map((word) => ({ [field]: { like: word } }))),
  }
  const { docs } = await payload.find({
    collection,
    ...(richText.length > 0 ? { pagination: false } : { where, limit: CANDIDATES }),
    // A related document's fields (a company's group) are read from it, populated.
    depth: searched.some((field) => field.includes('.')) ? 1 : 0,
    draft: false,
    overrideAccess: false,
  })
  return docs
    .map((doc) => {
      const title = titleOf(payload, collection, doc)
      const rest = [
        ...searched.map((f) => valueAt(doc, f)).filter((v) => typeof v === 'string' && v !== title),
        ...richText.map((f) => plainText(valueAt(doc, f))),
      ].join(' ')
      const { id, slug } = doc
      const citation = citationOf(kind, doc)
      return { kind, id, slug: slug ?? null, title, citation, score: scoreOf(title, rest, words) }
    })
    .filter((hit) => hit.score > 0)
}

/** The guide page's sections (its published text) holding any of the words. */
async function searchSections(payload: Payload, words: string[]): Promise<Hit[]> {
  return (await publishedGuideSections(payload))
    .map(({ slug, title, text, citation }) => ({
      kind: GUIDE_SECTION,
      slug,
      title,
      citation,
      score: scoreOf(title, text, words),
    }))
    .filter((hit) => hit.score > 0)
}

/**
 * search_guide: stages, bands, roles, skills, questions, companies and the guide page's own
 * sections that hold the words asked for.
 */
export function registerSearch(server: McpServer, payload: Payload) {
  server.registerTool(
    'search_guide',
    {
      title: 'Search the guide',
      description: `Finds what the guide publishes that holds any of the words (case-insensitive), best matches first: ${KIND_NAMES.join(', ')} documents, and ${GUIDE_SECTION}s, the guide page's own text by section (why MLOps, what the role does, the comparison with other roles, skills, career path, companies, salaries, next steps). A company is also found by its group's title or description. Each result cites its site page (a section's anchor on the home page) and as of when. Read a document with get_<kind> (slug or id), a section with get_guide_section (slug).`,
      inputSchema: {
        query: z.string().min(1).max(200).describe('Words to look for, e.g. "kubernetes senior"'),
        kinds: z.array(z.enum(SEARCHED)).max(SEARCHED.length).optional(),
        limit: z.number().int().min(1).max(25).default(10),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ query, kinds, limit }) =>
      guarded(payload, 'search_guide', async () => {
        const words = [...new Set(query.toLowerCase().split(/[\s,;]+/))]
          .filter((w) => w.length >= 2)
          .slice(0, MAX_WORDS)
        if (words.length === 0) return refusal('query needs a word of two letters or more')
        const searched = kinds?.length ? kinds : SEARCHED
        const found = await Promise.all(
          searched.map((kind) =>
            kind === GUIDE_SECTION
              ? searchSections(payload, words)
              : searchKind(payload, kind, words),
          ),
        )
        const results = found
          .flat()
          .sort((a, b) => b.score - a.score)
          .slice(0, limit)
          .map(({ score: _score, ...result }) => result)
        return answer(
          { query, words, results },
          results.map((r) => ({ ...r.citation, title: r.title })),
        )
      }),
  )
}
