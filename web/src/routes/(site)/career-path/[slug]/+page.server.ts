import { getGuide } from '#lib/server/contentStore.ts'
import { oldAddressOr404 } from '#lib/server/oldAddress.ts'
import { seo } from '#lib/server/seo.ts'
import { shareCardAlt } from '#lib/server/shareCards/cards.ts'
import { occupationJsonLd } from '#lib/server/structuredData.ts'
import { stagePageView } from '#lib/views/stagePage.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async (event) => {
  const { params } = event
  const guide = await getGuide()
  const view = stagePageView(guide, (s) => s.slug === params.slug)
  if (!view) return oldAddressOr404(event, 'No such career stage')
  const { stage, guideTitle } = view
  const path = `/career-path/${stage.slug}`
  return {
    ...view,
    seo: seo(
      `${stage.title} (${stage.years}) | ${guideTitle}`,
      stage.summary,
      path,
      shareCardAlt(guide, path),
    ),
    occupationJsonLd: occupationJsonLd(stage),
  }
}
