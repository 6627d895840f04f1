import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import type { ContentChange } from '@mlops-guide/content/changes'
import { companyPage, DOCUMENT_PAGES } from '@mlops-guide/content/site-routes'

import { env } from '../../env'
import { changeRecord } from '../../events/changeRecord'
import { answer, guarded } from '../answer'
import { siteUrl } from '../kinds'

/**
 * The page showing a changed document, while readers can still see it; else null. A company
 * is shown in its group's list (`groups`: the current group slug of each company changed).
 */
function pageOf(
  { document, slug, change }: ContentChange,
  groups: Map<number, string | null>,
): string | null {
  if (change === 'unpublished' || change === 'deleted') return null
  if (document.kind === 'global') return siteUrl('/')
  if (document.slug === 'companies') return siteUrl(companyPage(groups.get(document.id)))
  if (!slug) return null
  if (document.slug === 'company-groups') return siteUrl(companyPage(slug))
  if (document.slug === 'tool-categories') return siteUrl(`/skills#${slug}`)
  if (!(document.slug in DOCUMENT_PAGES)) return null
  return siteUrl(DOCUMENT_PAGES[document.slug as keyof typeof DOCUMENT_PAGES](slug))
}

/** The group slug of each published company among the changes, by the company's id. */
async function companyGroups(req: PayloadRequest, changes: ContentChange[]) {
  const ids = changes.flatMap((c) =>
    c.document.kind === 'collection' && c.document.slug === 'companies' ? [c.document.id] : [],
  )
  const groups = new Map<number, string | null>()
  if (ids.length === 0) return groups
  const { docs } = await req.payload.find({
    collection: 'companies',
    where: { id: { in: ids } },
    depth: 1,
    limit: ids.length,
    draft: false,
    overrideAccess: false,
    select: { group: true },
  })
  for (const company of docs) {
    const group = company.group
    groups.set(company.id, typeof group === 'object' && group ? group.slug : null)
  }
  return groups
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
        const groups = await companyGroups(req, record.docs)
        const changes = record.docs.map((change) => ({ ...change, url: pageOf(change, groups) }))
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
