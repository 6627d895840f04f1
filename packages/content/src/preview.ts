import type { GuideCollectionSlug, GlobalSlug } from './collections.ts'
import { isCollectionSlug, isGlobalSlug } from './collections.ts'

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
