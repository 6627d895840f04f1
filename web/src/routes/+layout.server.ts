import { getGuide } from '#lib/server/contentStore.ts'
import { formatDate } from '#lib/views/parts.ts'
import { siteChromeView } from '#lib/views/siteChrome.ts'
import { CMS_PUBLIC_URL, WEB_PUBLIC_URL } from '$app/env/private'
import type { LayoutServerLoad } from './$types'

/**
 * The site's header and footer, for every page and for the error pages (+error.svelte sits
 * above the (site) group, so a 404 gets them too). Without content at all the chrome is null:
 * the error page still answers, only plainer.
 */
export const load: LayoutServerLoad = async ({ url }) => ({
  chrome: await getGuide().then(
    (guide) => siteChromeView(guide, `${CMS_PUBLIC_URL}/api/docs`),
    () => null,
  ),
  path: url.pathname,
  // Absolute addresses for structured data (BreadcrumbList needs them).
  siteUrl: WEB_PUBLIC_URL,
  // Printed under the page's address: the day this copy of the page was made (pages are
  // rendered once per content version, so it is when what the page says was last current).
  madeOn: formatDate(new Date().toISOString()),
})
