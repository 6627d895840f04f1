import type { Guide } from '#lib/guide.ts'
import type { StageView } from './parts.ts'
import { answersFor, learnNext, type Answer, type LearnNext } from './pathSteps.ts'
import { fill } from './stagePay.ts'

/**
 * "Where do I stand?": a GET form (years of experience, optionally the role one comes from)
 * answered on /career-path?years=4&from=devops with the stages those years fall in, their pay
 * and what to learn next. Anyone can make up such an address, so the query is read here in
 * full: any value it holds is either an answer or the form back with a problem per field.
 */

export const STANDING_FIELDS = ['years', 'from'] as const
export type StandingField = (typeof STANDING_FIELDS)[number]

/** The most years the form takes: no career is longer, and it keeps the answers few. */
export const MAX_YEARS = 60
/** A value shown back in its field is cut to this (the address can hold kilobytes). */
const SHOWN_BACK = 40

/** The form's words (site settings, career path pages). */
export type StandingText = {
  standHeading: string
  yearsField: string
  fromField: string
  noRole: string
  standButton: string
  yearsProblem: string
  fromProblem: string
  repeatedProblem: string
  standAnswer: string
  noStage: string
  nextFrom: string
}

export type StandingQuery = {
  /** False when the address asks nothing (no field given): the form alone. */
  asked: boolean
  years: number | null
  from: string | null
  /** What the reader gave, shown back in the form. */
  values: Record<StandingField, string>
  /** "Years of experience: enter a whole number from 0 to 60.", by field. */
  problems: Partial<Record<StandingField, string>>
}

/** Reads the form's fields from a query string; `roles` are the role slugs one may come from. */
export function readStanding(
  params: URLSearchParams,
  roles: string[],
  text: StandingText,
): StandingQuery {
  const given = (field: StandingField) => params.getAll(field)
  const values = {
    years: (given('years')[0] ?? '').slice(0, SHOWN_BACK),
    from: (given('from')[0] ?? '').slice(0, SHOWN_BACK),
  }
  const query: StandingQuery = {
    asked: STANDING_FIELDS.some((f) => params.has(f)),
    years: null,
    from: null,
    values,
    problems: {},
  }
  if (!query.asked) return query
  const problem = (field: StandingField, what: string) => {
    const label = field === 'years' ? text.yearsField : text.fromField
    query.problems[field] = `${label}: ${what}.`
  }

  const years = given('years')
  const yearsText = years[0]?.trim() ?? ''
  if (years.length > 1) problem('years', text.repeatedProblem)
  else if (!/^\d{1,2}$/.test(yearsText) || Number(yearsText) > MAX_YEARS)
    problem('years', text.yearsProblem)
  else query.years = Number(yearsText)

  const from = given('from')
  const fromText = from[0] ?? ''
  if (from.length > 1) problem('from', text.repeatedProblem)
  else if (fromText !== '' && !roles.includes(fromText)) problem('from', text.fromProblem)
  else query.from = fromText || null

  return query
}

export type StandingStage = {
  slug: string
  title: string
  href: string
  years: string
  pay: string | null
  learnNext: LearnNext | null
}

export type StandingAnswer = {
  heading: string
  stages: StandingStage[]
  /** Shown when no stage spans the years given. */
  noStage: string | null
  answers: Answer[]
}

/** The form with what was given and its problems, and the answer when there are none. */
export function standingView(
  guide: Guide,
  path: StageView[],
  query: StandingQuery,
  text: StandingText,
) {
  const { years, from } = query
  const ok = query.asked && Object.keys(query.problems).length === 0 && years !== null
  return {
    text,
    roles: guide.docs.roles.map((r) => ({ slug: r.slug, name: r.name })),
    values: query.values,
    problems: query.problems,
    answer: ok ? standingAnswer(guide, path, years, from, text) : null,
  }
}

export type StandingView = ReturnType<typeof standingView>

function standingAnswer(
  guide: Guide,
  path: StageView[],
  years: number,
  from: string | null,
  text: StandingText,
): StandingAnswer {
  const within = path.flatMap((s, i) =>
    s.yearsFrom <= years && years <= (s.yearsTo ?? Infinity) ? [{ s, i }] : [],
  )
  return {
    heading: fill(text.standAnswer, { years: String(years) }),
    stages: within.map(({ s, i }) => ({
      slug: s.slug,
      title: s.title,
      href: `/career-path/${s.slug}`,
      years: s.years,
      pay: s.pay?.sentence ?? null,
      learnNext: learnNext(path, i, text.nextFrom),
    })),
    noStage: within.length ? null : text.noStage,
    answers: answersFor(
      guide,
      within.map(({ s }) => s.slug),
      from,
    ),
  }
}
