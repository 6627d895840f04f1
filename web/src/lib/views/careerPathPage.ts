import type { Guide } from '#lib/guide.ts'
import { salaryScale, stageView } from './parts.ts'

/** The words of /career-path and the stage pages (site settings), whatever an old copy lacks. */
export const careerPathText = (guide: Guide) =>
  guide.settings.careerPathPage ?? ({} as NonNullable<Guide['settings']['careerPathPage']>)

/**
 * /career-path: the path as a whole, every stage with its years and its pay (derived from
 * the years, or paired by an editor with a reason), on one years axis and one salary scale.
 */
export function careerPathPageView(guide: Guide) {
  const stages = guide.docs['career-stages'].map((s) => stageView(s, guide))
  return {
    text: careerPathText(guide),
    guideTitle: guide.page.hero.title,
    heading: guide.page.careerPath.heading,
    intro: guide.page.careerPath.intro ?? '',
    labels: guide.page.labels,
    stages,
    payBars: stages.flatMap((s) => (s.pay ? [s.pay.bar] : [])),
    salaryScale: salaryScale(guide),
  }
}

export type CareerPathPageView = ReturnType<typeof careerPathPageView>
