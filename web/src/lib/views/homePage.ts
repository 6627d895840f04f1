import { formatSalaryRange } from '@mlops-guide/content/format'

import { populated, type Guide } from '#lib/guide.ts'
import {
  bandBar,
  chartUpdated,
  isGuideRole,
  salaryBar,
  salaryScale,
  stageView,
  toolName,
} from './parts.ts'
import { answersFirst } from './answersFirst.ts'
import { careerPathText, standing } from './careerPathPage.ts'
import { skillLines } from './skillLines.ts'

/**
 * The guide's home page, from the guide alone: the public route calls this on the server,
 * the preview page again in the browser as an editor types. `skills` is the Core Skills
 * filter from the address (a category slug), kept only when the category exists.
 */
export function homePageView(guide: Guide, skills: string | null) {
  const { page, docs } = guide
  const roles = docs.roles
  const labels = page.comparison.rowLabels
  const skillCategories = skillLines(guide)
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
      roles: roles.map((r) => r.name),
      rows: [
        { label: labels.primaryFocus, cells: roles.map((r) => r.primaryFocus) },
        {
          label: labels.keyTools,
          cells: roles.map((r) =>
            (r.keyTools ?? [])
              .map((t) => populated(t))
              .filter((t) => t !== null)
              .map(toolName)
              .join(', '),
          ),
        },
        { label: labels.dataHandling, cells: roles.map((r) => r.dataHandling) },
        { label: labels.testing, cells: roles.map((r) => r.testing) },
        { label: labels.monitoring, cells: roles.map((r) => r.monitoring) },
        { label: labels.typicalSalary, cells: roles.map((r) => formatSalaryRange(r)) },
      ],
      salaryLabel: labels.typicalSalary,
      salaryBars: roles.map((r) => ({
        ...salaryBar(r.name, r),
        highlight: isGuideRole(guide, r.name),
      })),
    },
    skillCategories,
    activeCategory: skillCategories.some((c) => c.slug === skills) ? skills : null,
    stages: docs['career-stages'].map((s) => stageView(s, guide)),
    companyGroups: docs['company-groups'].map((g) => ({
      slug: g.slug,
      title: g.title,
      description: g.description ?? '',
      companies: docs.companies
        .filter((c) => populated(c.group)?.id === g.id)
        .map((c) => ({ name: c.name, website: c.website ?? null })),
    })),
    salaryBands: docs['salary-bands'].map(bandBar),
    salaryScale: salaryScale(guide),
    payLabel: careerPathText(guide).payLabel ?? '',
    chartsUpdated: {
      bands: chartUpdated(guide, 'salary-bands'),
      roles: chartUpdated(guide, 'roles'),
      stages: chartUpdated(guide, 'career-stages'),
    },
    questions: answersFirst(guide),
    faqs: docs.faqs.map((f) => ({ slug: f.slug, question: f.question, html: f.answerHtml ?? '' })),
    // "Where do I stand?", empty: it is answered on /career-path.
    standing: standing(guide, [], null),
  }
}
export type HomePageView = ReturnType<typeof homePageView>
