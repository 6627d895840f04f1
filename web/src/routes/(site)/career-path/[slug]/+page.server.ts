import { error } from '@sveltejs/kit'

import { getGuide } from '#lib/server/contentStore.ts'
import { seo } from '#lib/server/seo.ts'
import { stagePageView } from '#lib/views/stagePage.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ params }) => {
  const view = stagePageView(await getGuide(), (s) => s.slug === params.slug)
  if (!view) error(404, 'No such career stage')
  const { stage, guideTitle } = view
  return {
    ...view,
    seo: seo(
      `${stage.title} (${stage.years}) | ${guideTitle}`,
      stage.summary,
      `/career-path/${stage.slug}`,
    ),
  }
}
