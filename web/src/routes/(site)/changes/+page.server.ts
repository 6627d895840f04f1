import { getGuide } from '#lib/server/contentStore.ts'
import { seo } from '#lib/server/seo.ts'
import { changesPageView } from '#lib/views/changesPage.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async () => {
  const guide = await getGuide()
  const view = changesPageView(guide)
  return {
    ...view,
    seo: seo(`${view.text.title} | ${view.guideTitle}`, view.text.description ?? '', '/changes'),
  }
}
