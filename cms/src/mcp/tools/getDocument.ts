import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { Payload } from 'payload'
import { z } from 'zod'

import { answer, guarded, refusal } from '../answer'
import { citationOf, KIND_NAMES, KINDS, type Kind } from '../kinds'
import { publicDocument, titleOf } from '../publicDocument'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Published documents only, as an anonymous reader of the API sees them (no user, access applied). */
async function findPublished(payload: Payload, kind: Kind, by: { slug?: string; id?: number }) {
  const { docs } = await payload.find({
    collection: KINDS[kind].collection,
    where: by.slug !== undefined ? { slug: { equals: by.slug } } : { id: { equals: by.id } },
    limit: 1,
    depth: 1,
    draft: false,
    overrideAccess: false,
  })
  return docs[0] ?? null
}

/**
 * get_stage, get_band, get_role, get_skill, get_faq, get_company: one published document by
 * slug or id (at depth 1: a company's group, a stage's skills populated).
 */
export function registerGetDocument(server: McpServer, payload: Payload) {
  for (const kind of KIND_NAMES) {
    const { collection } = KINDS[kind]
    server.registerTool(
      `get_${kind}`,
      {
        title: `Get a ${kind}`,
        description: `One published ${kind} of the guide (${collection}) by its slug or id, with the site page that shows it and as of when.`,
        inputSchema: {
          slug: z.string().max(100).regex(SLUG, 'a slug: lower-case words joined by -').optional(),
          id: z.number().int().positive().optional(),
        },
        annotations: { readOnlyHint: true, openWorldHint: false },
      },
      ({ slug, id }) =>
        guarded(payload, `get_${kind}`, async () => {
          if ((slug === undefined) === (id === undefined)) {
            return refusal('Give either slug or id (one of them)')
          }
          const doc = await findPublished(payload, kind, { slug, id })
          if (!doc) {
            const by = slug !== undefined ? `slug "${slug}"` : `id ${id}`
            return refusal(`No published ${kind} has ${by}; search_guide finds them by words`)
          }
          const citation = citationOf(kind, doc)
          const title = titleOf(payload, collection, doc)
          return answer({ kind, document: publicDocument(doc), citation }, [{ ...citation, title }])
        }),
    )
  }
}
