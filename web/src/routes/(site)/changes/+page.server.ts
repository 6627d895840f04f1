import { getGuide } from '#lib/server/contentStore.ts'
import { subpageSeo } from '#lib/server/seo.ts'
import { changesPageView } from '#lib/views/changesPage.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async () => {
  const guide = await getGuide()
  const view = changesPageView(guide)
  return {
    ...view,
    seo: subpageSeo(view.guideTitle, view.text, '/changes'),
  }
}
