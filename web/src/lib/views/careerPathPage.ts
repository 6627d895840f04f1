import type { Guide } from '#lib/guide.ts'
import { salaryScale, stageView, type StageView } from './parts.ts'
import { answersFor, learnNext } from './pathSteps.ts'
import { readStanding, standingView } from './standing.ts'

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

/** Every stage of the path, in the editors' order, as every page shows it. */
export const pathStages = (guide: Guide) =>
  guide.docs['career-stages'].map((s) => stageView(s, guide))

/**
 * "Where do I stand?" as asked by a query string (/career-path?years=4&from=devops), or the
 * empty form (`params` null: the home page, which only links to the answer).
 */
export function standing(guide: Guide, path: StageView[], params: URLSearchParams | null) {
  const text = careerPathText(guide)
  const roles = guide.docs.roles.map((r) => r.slug)
  return standingView(guide, path, readStanding(params ?? new URLSearchParams(), roles, text), text)
}

/**
 * /career-path: the path as a whole, every stage with its years, its pay (derived from the
 * years, or paired by an editor with a reason), its key skills, what to learn next and the
 * guide's answers for it, on one years axis and one salary scale; and "Where do I stand?",
 * answered when the address asks it.
 */
export function careerPathPageView(guide: Guide, params: URLSearchParams) {
  const path = pathStages(guide)
  const text = careerPathText(guide)
  const stages = path.map((s, i) => ({
    ...s,
    learnNext: learnNext(path, i, text.nextFrom),
    answers: answersFor(guide, [s.slug]),
  }))
  return {
    text,
    guideTitle: guide.page.hero.title,
    heading: guide.page.careerPath.heading,
    intro: guide.page.careerPath.intro ?? '',
    keySkillsLabel: guide.page.labels.keySkills,
    stages,
    standing: standing(guide, path, params),
    charts: pathChartsView(guide, path, null),
  }
}

export type CareerPathPageView = ReturnType<typeof careerPathPageView>
