import { getGuide } from '$lib/server/guideStore'
import { guideView } from '$lib/server/guideView'
import { faqJsonLd, seo } from '$lib/server/seo'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ url }) => {
  const view = guideView(await getGuide())
  const skills = url.searchParams.get('skills')
  return {
    ...view,
    activeCategory: view.skillCategories.some((c) => c.slug === skills) ? skills : null,
    seo: seo(view.page.title, view.page.subtitle, '/'),
    faqJsonLd: faqJsonLd(view.faqs),
  }
}
