import type { Guide } from '#lib/guide.ts'
import { salaryScale, stageView, type StageView } from './parts.ts'

/** The words of /career-path and the stage pages (site settings), whatever an old copy lacks. */
export const careerPathText = (guide: Guide) =>
  guide.settings.careerPathPage ?? ({} as NonNullable<Guide['settings']['careerPathPage']>)

/**
 * The whole path as charts (PathCharts.svelte): every stage on the years axis and its pay on
 * the site's salary scale, the stage `current` (a stage page's own) marked in both.
 */
export function pathChartsView(guide: Guide, stages: StageView[], current: string | null) {
  const text = careerPathText(guide)
  return {
    stages,
    current,
    payBars: stages.flatMap((s) =>
      s.pay ? [{ ...s.pay.bar, highlight: s.slug === current }] : [],
    ),
    scale: salaryScale(guide),
    axisLabel: guide.page.labels.timelineAxis,
    payTitle: `${text.payLabel}: ${text.title}`,
  }
}

export type PathChartsView = ReturnType<typeof pathChartsView>

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
    stages,
    charts: pathChartsView(guide, stages, null),
  }
}

export type CareerPathPageView = ReturnType<typeof careerPathPageView>
