import { getGuide } from '#lib/server/contentStore.ts'
import { faqJsonLd, seo } from '#lib/server/seo.ts'
import { homePageView } from '#lib/views/homePage.ts'
import type { PageServerLoad } from './$types'

// The one query parameter a page reads: listed in the page cache's key (PAGE_QUERY_PARAMS).
export const load: PageServerLoad = async ({ url }) => {
  const view = homePageView(await getGuide(), url.searchParams.get('skills'))
  return {
    ...view,
    seo: seo(view.page.title, view.page.subtitle, '/'),
    faqJsonLd: faqJsonLd(view.faqs),
  }
}
