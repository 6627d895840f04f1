import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { PayloadRequest } from 'payload'

import { registerGetDocument } from './tools/getDocument'
import { registerGetGuideSection } from './tools/getGuideSection'
import { registerListChanges } from './tools/listChanges'
import { registerSearch } from './tools/search'

/** The guide's MCP server for one request (stateless: nothing is kept between requests). */
export function guideServer(req: PayloadRequest): McpServer {
  const server = new McpServer(
    { name: 'mlops-career-guide', version: '1.0.0' },
    {
      instructions:
        'Read-only access to the MLOps Career Guide: search_guide finds stages, salary bands, roles, skills, FAQs, companies and the sections of the guide page (why MLOps, what the role does, salaries, ...); get_<kind> reads a document, get_guide_section a section; list_changes lists what changed. Every answer cites the site page (citation.url) and the date the content is as of (citation.asOf): quote them.',
    },
  )
  registerSearch(server, req.payload)
  registerGetDocument(server, req.payload)
  registerGetGuideSection(server, req.payload)
  registerListChanges(server, req)
  return server
}
