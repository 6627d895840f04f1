import { homeView } from '$lib/pageViews'
import { getGuide } from '$lib/server/guideStore'
import { faqJsonLd, seo } from '$lib/server/seo'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ url }) => {
  const view = homeView(await getGuide(), url.searchParams.get('skills'))
  return {
    ...view,
    seo: seo(view.page.title, view.page.subtitle, '/'),
    faqJsonLd: faqJsonLd(view.faqs),
  }
}
