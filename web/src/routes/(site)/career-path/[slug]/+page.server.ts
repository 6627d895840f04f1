import { error } from '@sveltejs/kit'

import { getGuide } from '#lib/server/contentStore.ts'
import { seo } from '#lib/server/seo.ts'
import { shareCardAlt } from '#lib/server/shareCards/cards.ts'
import { occupationJsonLd } from '#lib/server/structuredData.ts'
import { stagePageView } from '#lib/views/stagePage.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ params }) => {
  const guide = await getGuide()
  const view = stagePageView(guide, (s) => s.slug === params.slug)
  if (!view) error(404, 'No such career stage')
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
