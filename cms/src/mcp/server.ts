import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { PayloadRequest } from 'payload'

import { registerGetDocument } from './tools/getDocument'
import { registerListChanges } from './tools/listChanges'
import { registerSearch } from './tools/search'

/** The guide's MCP server for one request (stateless: nothing is kept between requests). */
export function guideServer(req: PayloadRequest): McpServer {
  const server = new McpServer(
    { name: 'mlops-career-guide', version: '1.0.0' },
    {
      instructions:
        'Read-only access to the MLOps Career Guide: search_guide finds stages, salary bands, roles, skills and FAQs; get_<kind> reads one; list_changes lists what changed. Every answer cites the site page (citation.url) and the date the content is as of (citation.asOf): quote them.',
    },
  )
  registerSearch(server, req.payload)
  registerGetDocument(server, req.payload)
  registerListChanges(server, req)
  return server
}
