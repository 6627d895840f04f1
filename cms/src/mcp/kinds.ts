import { type CollectionWithPages, DOCUMENT_PAGES } from '@mlops-guide/content/site-routes'

import { env } from '../env'

/**
 * What the MCP server's tools read, by the name an agent asks for: the collection, and the
 * fields its search looks in (plain text fields, and `richText` ones as their plain text).
 */
export const KINDS = {
  stage: { collection: 'career-stages', searched: ['title', 'summary'] },
  band: { collection: 'salary-bands', searched: ['level'] },
  role: {
    collection: 'roles',
    searched: ['name', 'primaryFocus', 'dataHandling', 'testing', 'monitoring'],
  },
  skill: { collection: 'tools', searched: ['name', 'shortName', 'skillText'] },
  faq: { collection: 'faqs', searched: ['question'], richText: ['answer'] },
} as const satisfies Record<
  string,
  { collection: CollectionWithPages; searched: string[]; richText?: string[] }
>

export type Kind = keyof typeof KINDS
export const KIND_NAMES = Object.keys(KINDS) as Kind[]

/** The site's address of a page path (WEB_PUBLIC_URL, as the admin's previews use it). */
export const siteUrl = (path: string) => `${env.WEB_PUBLIC_URL.replace(/\/+$/, '')}${path}`

/**
 * Where an answer comes from: the site page that shows the document, and as of when (its
 * published version's updatedAt, as stored; never the time of the question).
 */
export type Citation = { url: string; asOf: string }

export const citationOf = (
  collection: CollectionWithPages,
  doc: { slug?: string | null; updatedAt: string },
): Citation => ({
  url: siteUrl(doc.slug ? DOCUMENT_PAGES[collection](doc.slug) : '/'),
  asOf: doc.updatedAt,
})
