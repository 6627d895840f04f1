import type { SiteRoute } from '@mlops-guide/content/site-routes'
import type { RouteId } from '$app/types'

/** A route's address pattern: SvelteKit's route id without its "(group)" folders. */
type Pattern<R extends string> = R extends `${infer Before}/(${string})${infer After}`
  ? Pattern<`${Before}${After}`>
  : R extends ''
    ? '/'
    : R

type SitePages = Pattern<RouteId>

/**
 * The contract's list of the site's pages (packages/content/src/siteRoutes.ts, which the CMS
 * checks links against) and the site's own routes agree: a page in the contract that the
 * site lacks fails to compile here, and so does a page of the site missing from the contract
 * (editors could not link to it).
 */
export const contractPagesServed: Exclude<SiteRoute, SitePages> extends never ? true : never = true
export const sitePagesInContract: Exclude<
  SitePages,
  | SiteRoute
  | '/preview/[...target]'
  // The guide as it read before a change: reached from /changes only, never linked by editors.
  | '/changes/[sequence]/before'
  | `/${'api' | 'og' | 'media' | 'healthz' | 'robots.txt' | 'sitemap.xml' | 'manifest.webmanifest' | 'changes.xml'}${string}`
> extends never
  ? true
  : never = true
