import {
  type CollectionWithPages,
  companyPage,
  DOCUMENT_PAGES,
} from '@mlops-guide/content/site-routes'

import { env } from '../env'

/**
 * What the MCP server's tools read, by the name an agent asks for: the collection, and the
 * fields its search looks in (plain text fields, a related document's by its path, e.g. a
 * company's `group.title`, and `richText` ones as their plain text). The guide page's own
 * sections are not a collection's documents: guideSections.ts reads them.
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
  company: { collection: 'companies', searched: ['name', 'group.title', 'group.description'] },
} as const satisfies Record<
  string,
  { collection: CollectionWithPages | 'companies'; searched: string[]; richText?: string[] }
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

/** A document as read at depth 1 (a company's group populated when it is published). */
type Cited = { slug?: string | null; updatedAt: string; group?: unknown }

const slugOf = (related: unknown) =>
  typeof related === 'object' && related !== null && 'slug' in related ? String(related.slug) : null

/** The site page showing a document: a company on its group's list of the home page. */
function pageOf(kind: Kind, doc: Cited): string {
  const { collection } = KINDS[kind]
  if (collection === 'companies') return companyPage(slugOf(doc.group))
  return doc.slug ? DOCUMENT_PAGES[collection](doc.slug) : '/'
}

export const citationOf = (kind: Kind, doc: Cited): Citation => ({
  url: siteUrl(pageOf(kind, doc)),
  asOf: doc.updatedAt,
})
