import { getGuide } from '#lib/server/contentStore.ts'
import { subpageSeo } from '#lib/server/seo.ts'
import { careerPathPageView } from '#lib/views/careerPathPage.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async () => {
  const view = careerPathPageView(await getGuide())
  return { ...view, seo: subpageSeo(view.guideTitle, view.text, '/career-path') }
}
