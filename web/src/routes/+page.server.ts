import { homeView } from '#lib/pageViews.ts'
import { getGuide } from '#lib/server/guideStore.ts'
import { faqJsonLd, seo } from '#lib/server/seo.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ url }) => {
  const view = homeView(await getGuide(), url.searchParams.get('skills'))
  return {
    ...view,
    seo: seo(view.page.title, view.page.subtitle, '/'),
    faqJsonLd: faqJsonLd(view.faqs),
  }
}
