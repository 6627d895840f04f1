import { getGuide } from '#lib/server/contentStore.ts'
import { faqJsonLd, seo } from '#lib/server/seo.ts'
import { homePageView } from '#lib/views/homePage.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ url }) => {
  const view = homePageView(await getGuide(), url.searchParams.get('skills'))
  return {
    ...view,
    seo: seo(view.page.title, view.page.subtitle, '/'),
    faqJsonLd: faqJsonLd(view.faqs),
  }
}
