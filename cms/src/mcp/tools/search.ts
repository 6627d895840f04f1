import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Payload, Where } from 'payload'
import { z } from 'zod'

import { answer, guarded, refusal } from '../answer'
import { citationOf, KIND_NAMES, KINDS, type Kind } from '../kinds'
import { titleOf } from '../publicDocument'

const MAX_WORDS = 8
/** Candidates read per kind before ranking: the guide holds a few dozen documents of each. */
const CANDIDATES = 50

type Hit = {
  kind: Kind
  id: number
  slug: string | null
  title: string
  updatedAt: string
  score: number
}

/** A rich text field's words (Lexical's own plain-text converter); nothing for anything else. */
const plainText = (value: unknown): string =>
  value !== null && typeof value === 'object' && 'root' in value
    ? convertLexicalToPlaintext({ data: value as SerializedEditorState })
    : ''

/**
 * The published documents of one kind holding any of the words in a searched field, scored
 * by how many words they hold: three for one in the title, one for one elsewhere. Plain text
 * fields are matched by Payload's `like` (case-insensitive, anywhere in the text); a kind with
 * rich text (an FAQ's answer) is read whole and matched on its plain text, which no query
 * can reach. A query rather than the site's MiniSearch index, which lives in the site's
 * server (web/src/lib/server/search) and is built from its loaded guide.
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
    depth: 0,
    draft: false,
    overrideAccess: false,
  })
  return docs
    .map((doc) => {
      const fields = doc as unknown as Record<string, unknown>
      const title = titleOf(payload, collection, doc)
      const rest = [
        ...searched.map((f) => fields[f]).filter((v) => typeof v === 'string' && v !== title),
        ...richText.map((f) => plainText(fields[f])),
      ]
        .join(' ')
        .toLowerCase()
      const score = words.reduce(
        (sum, w) => sum + (title.toLowerCase().includes(w) ? 3 : 0) + (rest.includes(w) ? 1 : 0),
        0,
      )
      return { kind, id: doc.id, slug: doc.slug ?? null, title, score, updatedAt: doc.updatedAt }
    })
    .filter((hit) => hit.score > 0)
}

/** search_guide: stages, bands, roles, skills and questions that hold the words asked for. */
export function registerSearch(server: McpServer, payload: Payload) {
  server.registerTool(
    'search_guide',
    {
      title: 'Search the guide',
      description: `Finds published ${KIND_NAMES.join(', ')} documents whose text holds any of the words (case-insensitive), best matches first; each result cites its site page and as of when. Read one with get_<kind>.`,
      inputSchema: {
        query: z.string().min(1).max(200).describe('Words to look for, e.g. "kubernetes senior"'),
        kinds: z.array(z.enum(KIND_NAMES)).max(KIND_NAMES.length).optional(),
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
        const found = await Promise.all(
          (kinds?.length ? kinds : KIND_NAMES).map((kind) => searchKind(payload, kind, words)),
        )
        const results = found
          .flat()
          .sort((a, b) => b.score - a.score)
          .slice(0, limit)
          .map(({ kind, id, slug, title, updatedAt }) => ({
            kind,
            id,
            slug,
            title,
            citation: citationOf(KINDS[kind].collection, { slug, updatedAt }),
          }))
        return answer(
          { query, words, results },
          results.map((r) => ({ ...r.citation, title: r.title })),
        )
      }),
  )
}
