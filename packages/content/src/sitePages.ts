import { COLLECTION_SLUGS, type GlobalSlug, type GuideCollectionSlug } from './collections.ts'
import { SITE_ROUTES, type SiteRoute } from './siteRoutes.ts'

type Shown = GuideCollectionSlug | GlobalSlug

/**
 * What the career path shows, on its page and on every stage's: each stage's years, pay (from
 * the bands), key skills (tools, their categories) and answers (FAQs), on the guide's words.
 */
const THE_PATH = [
  'guide-page',
  'site-settings',
  'career-stages',
  'salary-bands',
  'roles',
  'faqs',
  'tools',
  'tool-categories',
] as const

/**
 * What each page of the site shows: the collections whose published documents it may show
 * (directly or through a relationship it reads, as a stage's key skills) and the globals it
 * reads (a page with `[slug]` reads its own collection to find its document), as the site's
 * views (web/src/lib/views) read them. The CMS tells an editor from it which pages a change
 * will alter (cms/src/figures/willChange.ts), and web/tests/e2e/pageShows.spec.ts holds it
 * to the truth: for a document of every collection and global, the pages whose rendering
 * changes with a draft must be exactly those listed. /search shows whatever matches a query,
 * so it names nothing; the header and footer every page shares are not counted.
 */
export const PAGE_SHOWS = {
  '/': [
    'guide-page',
    'site-settings',
    'faqs',
    'salary-bands',
    'roles',
    'career-stages',
    'companies',
    'company-groups',
    'tools',
    'tool-categories',
  ],
  '/salaries': ['guide-page', 'site-settings', 'salary-bands', 'roles', 'career-stages'],
  '/skills': ['guide-page', 'site-settings', 'tools', 'tool-categories'],
  // The record of changes names every published change of a collection's document.
  '/changes': ['guide-page', 'site-settings', ...COLLECTION_SLUGS],
  // Roles: the standing form's choices, and the salary scale every chart shares (parts.ts).
  '/career-path': THE_PATH,
  '/search': [],
  '/learning-path': ['guide-page', 'site-settings', 'faqs', 'tools'],
  '/skills/[slug]': [
    'guide-page',
    'site-settings',
    'tools',
    'tool-categories',
    'roles',
    'career-stages',
  ],
  // Every stage page charts the whole path, as /career-path does.
  '/career-path/[slug]': THE_PATH,
} as const satisfies Record<SiteRoute, readonly Shown[]>

/**
 * Where the texts that can quote a figure are shown, by their document's collection or global
 * and field (as the figure index names it): a figure's change alters only those pages, not
 * every page showing the quoting document (an FAQ's answer is on the home page; elsewhere its
 * question only links there). A text not named here counts as shown wherever its document is.
 */
export const QUOTES_SHOWN_ON = {
  faqs: { answer: ['/'] },
  'guide-page': {
    'why.body': ['/'],
    'companies.footnote': ['/'],
    'salaries.footnote': ['/', '/salaries'],
  },
} as const satisfies Partial<Record<Shown, Record<string, readonly SiteRoute[]>>>

/** A document as the site addresses it: by collection and slug, or a global. */
export type ShownDocument =
  { collection: GuideCollectionSlug; slug?: string | null } | { global: GlobalSlug }

/**
 * The pages whose content depends on a document: its own page (a stage's, a skill's) and
 * every page that reads its collection or global. A `[slug]` route that reads the collection
 * for all its pages is given as its pattern (`/skills/[slug]`: every skill page).
 */
export function pagesShowing(document: ShownDocument): string[] {
  const shown = 'global' in document ? document.global : document.collection
  const pages: string[] = []
  for (const [route, reads] of Object.entries(PAGE_SHOWS) as [SiteRoute, readonly Shown[]][]) {
    const own = SITE_ROUTES[route]
    if (!('global' in document) && own === document.collection && document.slug) {
      pages.push(route.replace('[slug]', document.slug))
    }
    if (reads.includes(shown)) pages.push(route)
  }
  return pages
}

/** The pages showing a text of this document that quotes a figure (`field`, as indexed). */
export function pagesQuoting(document: ShownDocument, field: string): string[] {
  const shown = 'global' in document ? document.global : document.collection
  const texts: Partial<Record<Shown, Record<string, readonly SiteRoute[]>>> = QUOTES_SHOWN_ON
  const on = texts[shown]?.[field]
  return on ? [...on] : pagesShowing(document)
}
