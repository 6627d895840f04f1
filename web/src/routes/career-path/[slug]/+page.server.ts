import { error } from '@sveltejs/kit'

import { stagePageView } from '#lib/pageViews.ts'
import { getGuide } from '#lib/server/guideStore.ts'
import { seo } from '#lib/server/seo.ts'
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
