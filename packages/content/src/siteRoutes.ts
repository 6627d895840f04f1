import type { GuideCollectionSlug } from './collections.ts'

/**
 * Every page the site serves, by SvelteKit route id, with the collection whose slugs fill
 * its `[slug]`. The CMS accepts a link to a site path only when it matches one of these (and
 * the slug is a published document's); the site checks at compile time that it has a route
 * for each (web/src/lib/siteRoutes.ts).
 */
export const SITE_ROUTES = {
  '/': null,
  '/salaries': null,
  '/skills': null,
  '/changes': null,
  '/career-path': null,
  '/search': null,
  '/learning-path': null,
  '/skills/[slug]': 'tools',
  '/career-path/[slug]': 'career-stages',
} as const satisfies Record<string, GuideCollectionSlug | null>

export type SiteRoute = keyof typeof SITE_ROUTES

export type SitePathMatch =
  | { route: SiteRoute; slug?: undefined }
  | { route: SiteRoute; slug: string; collection: GuideCollectionSlug }

/**
 * The route a path of the site (query and fragment allowed) belongs to, and the slug it
 * names; null for a path the site does not serve.
 */
export function matchSitePath(path: string): SitePathMatch | null {
  if (!path.startsWith('/') || path.startsWith('//')) return null
  const pathname = path.split(/[?#]/)[0]!
  for (const [route, collection] of Object.entries(SITE_ROUTES) as [
    SiteRoute,
    GuideCollectionSlug | null,
  ][]) {
    if (collection === null) {
      if (pathname === route) return { route }
      continue
    }
    const prefix = route.replace('[slug]', '')
    const slug = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : ''
    if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return { route, slug, collection }
  }
  return null
}

/**
 * Where the site shows one document, by its slug: its own page (a stage, a skill), or its
 * row or entry on a shared page (a band or role on /salaries, a question on the home page).
 * The site links them so (search, /changes) and the CMS cites them so (its MCP server).
 */
export const DOCUMENT_PAGES = {
  'career-stages': (slug: string) => `/career-path/${slug}`,
  tools: (slug: string) => `/skills/${slug}`,
  'salary-bands': (slug: string) => `/salaries#band-${slug}`,
  roles: (slug: string) => `/salaries#role-${slug}`,
  faqs: (slug: string) => `/#${slug}`,
} as const satisfies Partial<Record<GuideCollectionSlug, (slug: string) => string>>

export type CollectionWithPages = keyof typeof DOCUMENT_PAGES

/** The id of a company group's list on the home page (CompanyGroups.svelte). */
export const companyGroupAnchor = (groupSlug: string) => `companies-${groupSlug}`

/**
 * Where the site shows a company: its group's list on the home page, by the group's slug (a
 * company has no page or anchor of its own); the companies section when the group is unknown.
 */
export const companyPage = (groupSlug: string | null | undefined) =>
  groupSlug ? `/#${companyGroupAnchor(groupSlug)}` : '/#companies'

/** The collections whose documents have a page of their own, addressed by their slug. */
export type PageCollection = NonNullable<(typeof SITE_ROUTES)[SiteRoute]>
export const PAGE_COLLECTIONS = Object.values(SITE_ROUTES).filter(
  (collection): collection is PageCollection => collection !== null,
)

/** The page of a stage or a skill: `/career-path/<slug>`, `/skills/<slug>`. */
export const pagePath = (collection: PageCollection, slug: string) =>
  DOCUMENT_PAGES[collection](slug)

/**
 * What is wrong with a redirect's "from" address, or null. The site follows a redirect only
 * where a stage or skill page is missing, so "from" must be exactly such a page's address
 * (no query, fragment or trailing slash); whether it is a current page is the CMS's check.
 */
export function redirectFromProblem(from: string): string | null {
  const match = matchSitePath(from)
  if (
    match?.slug === undefined ||
    pagePath(match.collection as PageCollection, match.slug) !== from
  )
    return `"${from}" is not the address of a career stage or skill page: write it as /career-path/<slug> or /skills/<slug>, with a URL-safe slug (lower-case letters, digits and single dashes)`
  return null
}

/** Where a redirect leads: the current page of the stage or skill it names, or null. */
export function redirectTarget(redirect: {
  to?: { reference?: { relationTo: string; value: unknown } | null } | null
}): string | null {
  const reference = redirect.to?.reference
  const target = reference?.value
  if (!reference || !PAGE_COLLECTIONS.includes(reference.relationTo as PageCollection)) return null
  // Unpopulated (an id) when the document is not published: no page to send readers to.
  if (typeof target !== 'object' || target === null || !('slug' in target)) return null
  const { slug } = target as { slug?: unknown }
  return typeof slug === 'string' && slug
    ? pagePath(reference.relationTo as PageCollection, slug)
    : null
}
