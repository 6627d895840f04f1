import { COLLECTION_SLUGS, type GlobalSlug, type GuideCollectionSlug } from './collections.ts'
import { SITE_ROUTES, type SiteRoute } from './siteRoutes.ts'

type Shown = GuideCollectionSlug | GlobalSlug

/**
 * What each page of the site reads to render: the collections whose published documents it
 * may show and the globals it reads (a page with `[slug]` reads its own collection to find
 * its document), as the site's views (web/src/lib/views) read them: a view that starts reading
 * another collection adds it here. The CMS tells an editor from it which pages a change will
 * alter (cms/src/figures/willChange.ts). /search shows whatever
 * matches a query, so it names nothing; the footer every page shares (where figures come
 * from) is not counted.
 */
export const PAGE_SHOWS = {
  '/': [
    'guide-page',
    'faqs',
    'salary-bands',
    'roles',
    'career-stages',
    'companies',
    'company-groups',
    'tools',
    'tool-categories',
  ],
  '/salaries': ['site-settings', 'salary-bands', 'roles', 'career-stages'],
  '/skills': ['guide-page', 'site-settings', 'tools', 'tool-categories', 'roles', 'career-stages'],
  // The record of changes names every published change of a collection's document.
  '/changes': ['guide-page', 'site-settings', ...COLLECTION_SLUGS],
  '/career-path': ['guide-page', 'site-settings', 'career-stages', 'roles', 'faqs'],
  '/search': [],
  '/learning-path': ['guide-page', 'site-settings', 'faqs', 'tools'],
  '/skills/[slug]': ['guide-page', 'site-settings', 'tools', 'roles', 'career-stages'],
  '/career-path/[slug]': ['guide-page', 'career-stages'],
} as const satisfies Record<SiteRoute, readonly Shown[]>

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
    if (own !== shown && reads.includes(shown)) pages.push(route)
  }
  return pages
}
