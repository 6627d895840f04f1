import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import type { Payload } from 'payload'
import { z } from 'zod'

import { GUIDE_SECTION_SLUGS } from '@mlops-guide/content/guide-sections'

import { answer, guarded, refusal } from '../answer'
import { GUIDE_SECTION, publishedGuideSections } from '../guideSections'

/** get_guide_section: one section of the guide page's published text, by its slug. */
export function registerGetGuideSection(server: McpServer, payload: Payload) {
  server.registerTool(
    'get_guide_section',
    {
      title: 'Get a section of the guide page',
      description: `One section of the guide page's published text by its slug (${GUIDE_SECTION_SLUGS.join(', ')}): its heading and its words as plain text, with the home page anchor that shows it and as of when.`,
      inputSchema: { slug: z.enum(GUIDE_SECTION_SLUGS) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ slug }) =>
      guarded(payload, 'get_guide_section', async () => {
        const section = (await publishedGuideSections(payload)).find((s) => s.slug === slug)
        if (!section) return refusal('The guide page is not published')
        const { citation, title, text } = section
        return answer({ kind: GUIDE_SECTION, section: { slug, title, text }, citation }, [
          { ...citation, title },
        ])
      }),
  )
}
