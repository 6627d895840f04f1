import type { CareerStage } from '@mlops-guide/content/types'

import type { Guide } from '#lib/guide.ts'
import { chartUpdated, stageView } from './parts.ts'

/** A career stage's page, with its neighbours on the path; null when there is no such stage. */
export function stagePageView(guide: Guide, find: (stage: CareerStage) => boolean) {
  const stages = guide.docs['career-stages']
  const index = stages.findIndex(find)
  const stage = stages[index]
  if (!stage) return null
  const neighbour = (i: number) => {
    const s = stages[i]
    return s ? { title: s.title, href: `/career-path/${s.slug}` } : null
  }
  return {
    stage: stageView(stage),
    guideTitle: guide.page.hero.title,
    careerPathHeading: guide.page.careerPath.heading,
    labels: guide.page.labels,
    bandChartUpdated: chartUpdated(guide, 'salary-bands'),
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
  }
}
export type StagePageView = NonNullable<ReturnType<typeof stagePageView>>
