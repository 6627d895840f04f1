import type { GuideCollectionSlug, GlobalSlug } from './collections.ts'
import { isCollectionSlug, isGlobalSlug } from './collections.ts'
import { matchSitePath, type SiteRoute, type SitePathMatch } from './siteRoutes.ts'

/**
 * A draft the CMS lets an editor preview on the site: one document of a guide collection, or
 * a global. The CMS builds the path, the site parses it; both use this module.
 */
export type PreviewTarget =
  { collection: GuideCollectionSlug; id: number | string } | { global: GlobalSlug }

/** The site's address of a preview: /preview/<collection>/<id> or /preview/globals/<slug>. */
export const previewPath = (target: PreviewTarget): string =>
  'global' in target
    ? `/preview/globals/${target.global}`
    : `/preview/${target.collection}/${encodeURIComponent(String(target.id))}`

/** The target of a preview path's rest (`<collection>/<id>` or `globals/<slug>`); null if none. */
export function parsePreviewPath(rest: string): PreviewTarget | null {
  const [first, second, extra] = rest.split('/')
  if (!first || !second || extra !== undefined) return null
  if (first === 'globals') return isGlobalSlug(second) ? { global: second } : null
  if (!isCollectionSlug(first)) return null
  return { collection: first, id: /^\d+$/.test(second) ? Number(second) : second }
}

export const sameTarget = (a: PreviewTarget, b: PreviewTarget): boolean =>
  'global' in a
    ? 'global' in b && a.global === b.global
    : 'collection' in b && a.collection === b.collection && String(a.id) === String(b.id)

/**
 * The page a preview shows its draft on: a stage's or a skill's own page, else the home page
 * (which shows every other kind of document and the page text). Settings show on the home
 * page's header and footer.
 */
export const previewedRoute = (target: PreviewTarget) =>
  'collection' in target && target.collection === 'career-stages'
    ? ('/career-path/[slug]' as const)
    : 'collection' in target && target.collection === 'tools'
      ? ('/skills/[slug]' as const)
      : ('/' as const)

/**
 * The pages a preview cannot show, and why (the CMS says so beside them in "Publishing
 * changes"): the record of changes gains its entry only when the change is published, and
 * search answers from the published index.
 */
export const NOT_PREVIEWED = {
  '/changes': 'gains an entry for this change once it is published; no draft is in the record',
  '/search': 'answers from the published guide only',
} as const satisfies Partial<Record<SiteRoute, string>>

/** Why a page of the site has no preview of a draft, or null when it has one. */
export const notPreviewedWhy = (route: SiteRoute): string | null =>
  (NOT_PREVIEWED as Partial<Record<SiteRoute, string>>)[route] ?? null

/** A page of the site a preview is asked to show, with its address as asked. */
export type PreviewPage = SitePathMatch & { path: string }

/**
 * The site page a preview shows the draft on when its address names one (`?page=/salaries`):
 * any page of the site a preview can show; null for anything else.
 */
export function readPreviewPage(page: string | null): PreviewPage | null {
  const match = page ? matchSitePath(page) : null
  return match && !notPreviewedWhy(match.route) ? { ...match, path: page! } : null
}
