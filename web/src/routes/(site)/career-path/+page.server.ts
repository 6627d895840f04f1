import { getGuide } from '#lib/server/contentStore.ts'
import { subpageSeo } from '#lib/server/seo.ts'
import { careerPathPageView } from '#lib/views/careerPathPage.ts'
import type { PageServerLoad } from './$types'

// `years` and `from` ("Where do I stand?") are listed in the page cache's key (PAGE_QUERY_PARAMS).
export const load: PageServerLoad = async ({ url, setHeaders, locals }) => {
  const view = careerPathPageView(await getGuide(), url.searchParams)
  const { standing } = view
  // Anyone can make up these addresses: their answers are kept in the reader's browser for a
  // minute, not in the page cache, which holds the site's own pages (as searches are).
  if (standing.answer || Object.keys(standing.problems).length) {
    setHeaders({ 'cache-control': 'private, max-age=60' })
  }
  // The form back with its problems is a 400 (hooks.server.ts sets it; a load cannot).
  if (Object.keys(standing.problems).length) locals.pageStatus = 400
  return { ...view, seo: subpageSeo(view.guideTitle, view.text, '/career-path') }
}
