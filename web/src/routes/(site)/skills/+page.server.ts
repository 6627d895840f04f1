import { getGuide } from '#lib/server/contentStore.ts'
import { subpageSeo } from '#lib/server/seo.ts'
import { skillsIndexView } from '#lib/views/skillsPage.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async () => {
  const guide = await getGuide()
  const view = skillsIndexView(guide)
  return {
    ...view,
    seo: subpageSeo(guide.page.hero.title, view.text, '/skills'),
  }
}
