import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import type { ContentChange } from '@mlops-guide/content/changes'
import { DOCUMENT_PAGES } from '@mlops-guide/content/site-routes'

import { env } from '../../env'
import { changeRecord } from '../../events/changeRecord'
import { answer, guarded } from '../answer'
import { siteUrl } from '../kinds'

/** The page showing a changed document, while readers can still see it; else null. */
function pageOf({ document, slug, change }: ContentChange): string | null {
  if (change === 'unpublished' || change === 'deleted' || !slug) return null
  if (document.kind !== 'collection' || !(document.slug in DOCUMENT_PAGES)) return null
  return siteUrl(DOCUMENT_PAGES[document.slug as keyof typeof DOCUMENT_PAGES](slug))
}

/**
 * list_changes: the public record of changes (GET /api/content-changes, events/changeRecord.ts),
 * newest first; each change cites the page showing the document, the answer the site's
 * /changes page, as of the newest change listed.
 */
export function registerListChanges(server: McpServer, req: PayloadRequest) {
  server.registerTool(
    'list_changes',
    {
      title: 'List changes',
      description:
        'What readers saw change in the guide (published, updated, unpublished, deleted), newest first, with the figures that changed; each change cites the page that shows it.',
      inputSchema: {
        page: z.number().int().min(1).max(100_000).default(1),
        limit: z.number().int().min(1).max(env.API_MAX_LIMIT).default(20),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ page, limit }) =>
      guarded(req.payload, 'list_changes', async () => {
        const record = await changeRecord(req, { page, limit })
        const changes = record.docs.map((change) => ({ ...change, url: pageOf(change) }))
        const citation = { url: siteUrl('/changes'), asOf: record.docs[0]?.time ?? null }
        const { totalDocs, totalPages, hasNextPage } = record
        return answer({ changes, page, totalDocs, totalPages, hasNextPage, citation }, [
          ...(citation.asOf ? [{ ...citation, asOf: citation.asOf, title: 'Changes' }] : []),
          ...changes.flatMap((c) =>
            c.url ? [{ url: c.url, asOf: c.time, title: c.title ?? c.document.slug }] : [],
          ),
        ])
      }),
  )
}
