import type { FigureCollection } from '@mlops-guide/content/figures'
import { formatSalaryRange, formatYears, type SalaryRange } from '@mlops-guide/content/format'
import type { CareerStage, SalaryBand, Tool } from '@mlops-guide/content/types'

import { populated, type Guide } from '#lib/guide.ts'

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
}

export const toolName = (t: Tool) => t.shortName || t.name

/** A skill or tool's own page. */
export const skillPath = (slug: string) => `/skills/${slug}`

/** An as-of date as readers see it: "1 Jan 2026" (dates are days, stored as UTC midnight). */
export const formatDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso))

/** Under a chart: "Figures updated 29 Nov 2026", linking to the record of changes. */
export type ChartUpdated = { label: string; date: string; iso: string; href: string }

/** When the figures of a chart (a band's, role's or stage's) last changed, or null if never published. */
export function chartUpdated(guide: Guide, collection: FigureCollection): ChartUpdated | null {
  const iso = guide.changes?.figuresUpdated[collection]
  if (!iso) return null
  return {
    label: guide.settings.changesPage?.chartLine ?? '',
    date: formatDate(iso),
    iso,
    href: '/changes',
  }
}

/** Where a figure comes from and when, as shown beside it. */
export const provenance = (doc: { source: string; asOf: string }) => ({
  source: doc.source,
  asOf: formatDate(doc.asOf),
  asOfIso: doc.asOf.slice(0, 10),
})

export const bandLabel = (b: SalaryBand) => {
  const years = formatYears(b)
  return years ? `${b.level} (${years}y)` : b.level
}

/** One bar of a salary chart: any salary range (a band, a role) under its label. */
export const salaryBar = (label: string, range: SalaryRange): SalaryBar => ({
  label,
  min: range.minSalary,
  max: range.maxSalary,
  openEnded: Boolean(range.openEnded),
  text: formatSalaryRange(range),
})

export const bandBar = (b: SalaryBand) => salaryBar(bandLabel(b), b)

export function stageView(s: CareerStage) {
  const band = populated(s.salaryBand)
  return {
    slug: s.slug,
    title: s.title,
    yearsFrom: s.yearsFrom,
    yearsTo: s.yearsTo ?? null,
    years: `${formatYears(s)} years`,
    summary: s.summary,
    band: band ? { ...bandBar(band), level: band.level } : null,
    skills: (s.keySkills ?? [])
      .map((k) => populated(k))
      .filter((t) => t !== null)
      .map((t) => ({ name: t.name, slug: t.slug })),
  }
}
export type StageView = ReturnType<typeof stageView>
