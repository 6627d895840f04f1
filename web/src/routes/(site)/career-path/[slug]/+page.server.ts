import { error } from '@sveltejs/kit'

import { getGuide } from '#lib/server/contentStore.ts'
import { seo } from '#lib/server/seo.ts'
import { occupationJsonLd } from '#lib/server/structuredData.ts'
import { stagePageView } from '#lib/views/stagePage.ts'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ params }) => {
  const guide = await getGuide()
  const doc = guide.docs['career-stages'].find((s) => s.slug === params.slug)
  const view = doc && stagePageView(guide, (s) => s === doc)
  if (!view) error(404, 'No such career stage')
  const { stage, guideTitle } = view
  return {
    ...view,
    seo: seo(
      `${stage.title} (${stage.years}) | ${guideTitle}`,
      stage.summary,
      `/career-path/${stage.slug}`,
    ),
    occupationJsonLd: occupationJsonLd(doc, stage.years),
  }
}
