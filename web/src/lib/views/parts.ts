import type { FigureCollection } from '@mlops-guide/content/figures'
import { formatSalaryRange, formatYears, type SalaryRange } from '@mlops-guide/content/format'
import { DOCUMENT_PAGES } from '@mlops-guide/content/site-routes'
import type { CareerStage, SalaryBand, Tool } from '@mlops-guide/content/types'

import { populated, type Guide } from '#lib/guide.ts'
import { categoryOf } from './skillLines.ts'
import { bandLabel, stagePay } from './stagePay.ts'

/**
 * Pieces more than one page shows, as plain render-ready data: every string and figure
 * already as the guide writes it (packages/content/src/format.ts).
 */

export type SalaryBar = {
  label: string
  min: number
  max: number
  openEnded: boolean
  text: string
  /** Drawn in the chart's mark colour: the guide's own role, or the stage a page is about. */
  highlight?: boolean
}

/** The dollar scale of a salary chart: from `low` to `high`, ticks every `step`. */
export type SalaryScale = { low: number; high: number; step: number }

/**
 * One scale for every salary chart of the site, wide enough for every band and role, so
 * charts on one page (and across pages) compare by eye: a bar's length means the same
 * dollars everywhere. Stages' pay lies within the bands', so it fits too.
 */
export function salaryScale(guide: Guide): SalaryScale {
  const step = 50_000
  const ranges = [...guide.docs['salary-bands'], ...guide.docs.roles]
  if (ranges.length === 0) return { low: 0, high: step, step }
  const low = Math.max(
    0,
    Math.floor(Math.min(...ranges.map((r) => r.minSalary)) / step) * step - step,
  )
  // Room past the top for an open-ended arrow.
  const high = Math.ceil((Math.max(...ranges.map((r) => r.maxSalary)) * 1.12) / step) * step
  return { low, high, step }
}

/**
 * The role the guide is about, marked in the role charts: the one whose name is a word of the
 * guide's title ("MLOps" in "MLOps Career Guide 2026"), so an editor renaming either keeps it.
 */
export const isGuideRole = (guide: Guide, name: string) =>
  guide.page.hero.title.split(/\s+/).includes(name)

export const toolName = (t: Tool) => t.shortName || t.name

/** A skill or tool's own page. */
export const skillPath = DOCUMENT_PAGES.tools

/** What a link under a tool's name adds for readers who meet it alone: its category, when the name is a letter or two. */
export const linkContext = (name: string, category: string | null | undefined) =>
  name.trim().length <= 2 && category ? category : null

/** An as-of date as readers see it: "1 Jan 2026" (dates are days, stored as UTC midnight). */
export const formatDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso))

/** Under a chart: "Figures updated 29 Nov 2026", linking to the record of changes. */
export type ChartUpdated = { label: string; date: string; iso: string; href: string }

/**
 * When the figures of a chart (a band's, role's or stage's) last changed, from the record of
 * changes; null when none of them ever changed. The day they were first published (the seed's
 * day) is not an update: readers would take it for news the guide never gave.
 */
export function chartUpdated(guide: Guide, collection: FigureCollection): ChartUpdated | null {
  const iso = guide.changes?.figuresUpdated[collection] ?? null
  if (!iso) return null
  return {
    label: guide.settings.changesPage?.chartLine ?? '',
    date: formatDate(iso),
    iso,
    href: '/changes',
  }
}

/** Where a figure comes from, and when if an editor gave the date its source describes. */
export const provenance = (doc: { source: string; asOf?: string | null }) => ({
  source: doc.source,
  asOf: doc.asOf ? formatDate(doc.asOf) : null,
  asOfIso: doc.asOf?.slice(0, 10) ?? null,
})

/** One bar of a salary chart: any salary range (a band, a role) under its label. */
export const salaryBar = (label: string, range: SalaryRange): SalaryBar => ({
  label,
  min: range.minSalary,
  max: range.maxSalary,
  openEnded: Boolean(range.openEnded),
  text: formatSalaryRange(range),
})

export const bandBar = (b: SalaryBand) => salaryBar(bandLabel(b), b)

/**
 * A stage as every page shows it: its years, and its pay as derived from them or paired by an
 * editor with a reason (stagePay.ts), as a bar on the salary scale too.
 */
export function stageView(s: CareerStage, guide: Guide) {
  const pay = stagePay(
    s,
    guide.docs['salary-bands'],
    guide.settings.careerPathPage?.payFromYears ?? '{years} spans {bands}: {range}',
  )
  return {
    slug: s.slug,
    title: s.title,
    yearsFrom: s.yearsFrom,
    yearsTo: s.yearsTo ?? null,
    years: `${formatYears(s)} years`,
    summary: s.summary,
    pay: pay && { ...pay, bar: salaryBar(`${s.title} (${formatYears(s)}y)`, pay) },
    skills: (s.keySkills ?? [])
      .map((k) => populated(k))
      .filter((t) => t !== null)
      .map((t) => ({
        name: t.name,
        slug: t.slug,
        // The guide's own copy of the tool: in a stage, a tool's category is only an id.
        category:
          categoryOf(guide.docs.tools.find((tool) => tool.id === t.id) ?? t, guide.docs.tools)
            ?.title ?? null,
      })),
  }
}
export type StageView = ReturnType<typeof stageView>
