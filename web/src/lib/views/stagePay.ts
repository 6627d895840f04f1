import { formatSalaryRange, formatYears } from '@mlops-guide/content/format'
import type { CareerStage, SalaryBand } from '@mlops-guide/content/types'
import { populated } from '#lib/guide.ts'

/** A band's name with its years, as the guide's salary table writes it: "Mid (3-5y)". */
export const bandLabel = (b: SalaryBand) => {
  const years = formatYears(b)
  return years ? `${b.level} (${years}y)` : b.level
}

/** What a stage pays, and on what ground readers are told so. */
export type StagePay = {
  /** True when an editor paired the stage with a band and said why; false when derived. */
  paired: boolean
  bands: { slug: string; label: string }[]
  minSalary: number
  maxSalary: number
  currency: string
  openEnded: boolean
  /** "3-6 years spans Mid (3-5y) and Senior (6+y): $160k-$270k", or "Senior (6+y): $210k-$270k". */
  sentence: string
  /** The editor's reason for a pairing, shown beside it. */
  reason: string | null
}

const overlaps = (stage: CareerStage, band: SalaryBand) =>
  band.yearsFrom != null &&
  band.yearsFrom <= (stage.yearsTo ?? Infinity) &&
  stage.yearsFrom <= (band.yearsTo ?? Infinity)

/** A site text with its {words} filled in (an editor's template, e.g. `payFromYears`). */
export const fill = (template: string, words: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => words[key] ?? whole)

/**
 * A stage's pay. The guide gives pay by years (the bands) and stages by years, and never
 * pairs the two: so a stage's pay is the span of the bands whose years overlap its own, and
 * the sentence says so (`payFromYears`, e.g. "{years} spans {bands}: {range}"). Only a band an
 * editor paired with the stage and gave a reason for replaces it. Null when no band has years
 * that meet the stage's.
 */
export function stagePay(
  stage: CareerStage,
  bands: SalaryBand[],
  payFromYears: string,
): StagePay | null {
  const paired = populated(stage.salaryBand)
  const reason = stage.salaryBandReason?.trim()
  const chosen = paired && reason ? [paired] : bands.filter((b) => overlaps(stage, b))
  const first = chosen[0]
  if (!first) return null
  const currency = first.currency ?? 'USD'
  const same = chosen.filter((b) => (b.currency ?? 'USD') === currency)
  const minSalary = Math.min(...same.map((b) => b.minSalary))
  const maxSalary = Math.max(...same.map((b) => b.maxSalary))
  const openEnded = same.some((b) => b.openEnded && b.maxSalary === maxSalary)
  const range = formatSalaryRange({ minSalary, maxSalary, currency, openEnded })
  const labels = same.map(bandLabel)
  const isPaired = Boolean(paired && reason)
  return {
    paired: isPaired,
    bands: same.map((b) => ({ slug: b.slug, label: bandLabel(b) })),
    minSalary,
    maxSalary,
    currency,
    openEnded,
    sentence: isPaired
      ? `${labels[0]}: ${range}`
      : fill(payFromYears, {
          years: `${formatYears(stage)} years`,
          bands: new Intl.ListFormat('en', { type: 'conjunction' }).format(labels),
          range,
        }),
    reason: isPaired ? (reason ?? null) : null,
  }
}
