import { getGuide } from '#lib/server/contentStore.ts'
import { oldAddressOr404 } from '#lib/server/oldAddress.ts'
import { seo } from '#lib/server/seo.ts'
import { skillPageView } from '#lib/views/skillsPage.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async (event) => {
  const { params } = event
  const view = skillPageView(await getGuide(), params.slug)
  if (!view) return oldAddressOr404(event, 'No such skill or tool')
  const summary = [view.tool.skillText, view.category?.title].filter(Boolean).join(' · ')
  return {
    ...view,
    seo: seo(
      `${view.tool.name} | ${view.guideTitle}`,
      summary || view.tool.name,
      `/skills/${view.tool.slug}`,
    ),
  }
}
