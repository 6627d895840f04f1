import type { CareerStage } from '@mlops-guide/content/types'
import type { Guide } from '#lib/guide.ts'
import { careerPathText, pathChartsView } from './careerPathPage.ts'
import { stageView } from './parts.ts'
import { answersFor, learnNext } from './pathSteps.ts'

/**
 * A career stage's page, with the whole path around it (every stage, this one marked, on
 * the years axis and on the salary scale), what to learn next, the guide's answers for it and
 * its neighbours; null when there is no such stage.
 */
export function stagePageView(guide: Guide, find: (stage: CareerStage) => boolean) {
  const stages = guide.docs['career-stages']
  const index = stages.findIndex(find)
  const stage = stages[index]
  if (!stage) return null
  const neighbour = (i: number) => {
    const s = stages[i]
    return s ? { title: s.title, href: `/career-path/${s.slug}` } : null
  }
  const path = stages.map((s) => stageView(s, guide))
  const view = path[index]!
  const text = careerPathText(guide)
  return {
    stage: view,
    learnNext: learnNext(path, index, text.nextFrom),
    answers: answersFor(guide, [view.slug]),
    charts: pathChartsView(guide, path, view.slug),
    guideTitle: guide.page.hero.title,
    text,
    labels: guide.page.labels,
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
  }
}

export type StagePageView = NonNullable<ReturnType<typeof stagePageView>>
