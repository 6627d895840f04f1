import { getGuide } from '#lib/server/contentStore.ts'
import { seo } from '#lib/server/seo.ts'
import { skillsIndexView } from '#lib/views/skillsPage.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async () => {
  const guide = await getGuide()
  const view = skillsIndexView(guide)
  return {
    ...view,
    guideTitle: guide.page.hero.title,
    seo: seo(
      `${view.text.title} | ${guide.page.hero.title}`,
      view.text.description ?? '',
      '/skills',
    ),
  }
}
