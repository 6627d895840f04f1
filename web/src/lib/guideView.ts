import { formatSalaryRange, formatYears, type SalaryRange } from '@mlops-guide/content/format'
import type { CareerStage, SalaryBand, Tool } from '@mlops-guide/content/types'

import { populated, type Guide } from './guide'

/** Plain, render-ready data for the pages: every string and figure already as shown. */

export type SalaryBar = {
  label: string
  min: number
  max: number
  openEnded: boolean
  text: string
}

const toolName = (t: Tool) => t.shortName || t.name
const skillLink = (t: Tool) => ({ name: t.name, slug: t.slug })

export const bandLabel = (b: SalaryBand) => {
  const years = formatYears(b)
  return years ? `${b.level} (${years}y)` : b.level
}

/** One bar of a salary chart: any salary range (a band, a role) under its label. */
const salaryBar = (label: string, range: SalaryRange): SalaryBar => ({
  label,
  min: range.minSalary,
  max: range.maxSalary,
  openEnded: Boolean(range.openEnded),
  text: formatSalaryRange(range),
})

const bandBar = (b: SalaryBand) => salaryBar(bandLabel(b), b)

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
      .map(skillLink),
  }
}
export type StageView = ReturnType<typeof stageView>

export function guideView(guide: Guide) {
  const { page } = guide
  const labels = page.comparison.rowLabels
  return {
    page: {
      title: page.hero.title,
      subtitle: page.hero.subtitle,
      why: { heading: page.why.heading, html: page.why.bodyHtml ?? '' },
      what: page.what,
      comparison: { heading: page.comparison.heading, intro: page.comparison.intro },
      skills: page.skills,
      careerPath: page.careerPath,
      companies: {
        heading: page.companies.heading,
        footnoteHtml: page.companies.footnoteHtml ?? '',
      },
      salaries: {
        heading: page.salaries.heading,
        levelLabel: page.salaries.levelLabel,
        rangeLabel: page.salaries.rangeLabel,
        footnoteHtml: page.salaries.footnoteHtml ?? '',
      },
      faq: page.faq,
      nextSteps: { heading: page.nextSteps.heading, links: page.nextSteps.links ?? [] },
      labels: page.labels,
    },
    comparison: {
      aspectLabel: labels.aspect,
      roles: guide.roles.map((r) => r.name),
      rows: [
        { label: labels.primaryFocus, cells: guide.roles.map((r) => r.primaryFocus) },
        {
          label: labels.keyTools,
          cells: guide.roles.map((r) =>
            (r.keyTools ?? [])
              .map((t) => populated(t))
              .filter((t) => t !== null)
              .map(toolName)
              .join(', '),
          ),
        },
        { label: labels.dataHandling, cells: guide.roles.map((r) => r.dataHandling) },
        { label: labels.testing, cells: guide.roles.map((r) => r.testing) },
        { label: labels.monitoring, cells: guide.roles.map((r) => r.monitoring) },
        { label: labels.typicalSalary, cells: guide.roles.map((r) => formatSalaryRange(r)) },
      ],
      salaryLabel: labels.typicalSalary,
      salaryBars: guide.roles.map((r) => salaryBar(r.name, r)),
    },
    skillCategories: guide.categories.map((c) => ({
      slug: c.slug,
      title: c.title,
      skills: guide.tools
        .filter((t) => populated(t.category)?.id === c.id)
        .map((t) => ({ slug: t.slug, text: t.skillText || t.name })),
    })),
    stages: guide.stages.map(stageView),
    companyGroups: guide.groups.map((g) => ({
      slug: g.slug,
      title: g.title,
      description: g.description ?? '',
      companies: guide.companies
        .filter((c) => populated(c.group)?.id === g.id)
        .map((c) => ({ name: c.name, website: c.website ?? null })),
    })),
    salaryBands: guide.bands.map(bandBar),
    faqs: guide.faqs.map((f) => ({ slug: f.slug, question: f.question, html: f.answerHtml ?? '' })),
  }
}
export type GuideView = ReturnType<typeof guideView>
