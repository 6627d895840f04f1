import { error } from '@sveltejs/kit'

import { getGuide } from '$lib/server/guideStore'
import { stageView } from '$lib/server/guideView'
import { seo } from '$lib/server/seo'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async ({ params }) => {
  const guide = await getGuide()
  const index = guide.stages.findIndex((s) => s.slug === params.slug)
  const stage = guide.stages[index]
  if (!stage) error(404, 'No such career stage')
  const view = stageView(stage)
  const neighbour = (i: number) => {
    const s = guide.stages[i]
    return s ? { slug: s.slug, title: s.title } : null
  }
  return {
    stage: view,
    guideTitle: guide.page.hero.title,
    careerPathHeading: guide.page.careerPath.heading,
    labels: guide.page.labels,
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
    seo: seo(
      `${view.title} (${view.years}) | ${guide.page.hero.title}`,
      view.summary,
      `/career-path/${view.slug}`,
    ),
  }
}
