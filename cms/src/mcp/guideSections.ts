import { type GuideSection, guideSections } from '@mlops-guide/content/guide-sections'
import type { Payload } from 'payload'

import { type Citation, siteUrl } from './kinds'
import { plainText } from './plainText'

/** The kind of a guide page's section in the MCP tools' answers, beside the documents' kinds. */
export const GUIDE_SECTION = 'guide-section' as const

export type CitedSection = GuideSection & { citation: Citation }

/**
 * The guide page's sections as readers see them: the published global, read as an anonymous
 * client of the API does (a draft saved but not published stays in the versions table and is
 * never read here), cut into the sections the site shows (@mlops-guide/content/guide-sections),
 * rich text read with Lexical's plain-text converter. Each cites its anchor on the home page
 * and the global's updatedAt. None while nothing is published.
 */
export async function publishedGuideSections(payload: Payload): Promise<CitedSection[]> {
  const page = await payload.findGlobal({
    slug: 'guide-page',
    depth: 0,
    draft: false,
    overrideAccess: false,
  })
  if (!page.hero || !page.updatedAt) return []
  const asOf = page.updatedAt
  return guideSections(page, ({ json }) => plainText(json)).map((section) => ({
    ...section,
    citation: { url: siteUrl(section.path), asOf },
  }))
}
