import { formatSalaryRange } from '@mlops-guide/content/format'

import { populated, type Guide } from '#lib/guide.ts'
import { bandBar, bandLabel, chartUpdated, provenance, salaryBar } from './parts.ts'

/**
 * /salaries: the salary benchmarks, from the same documents as the guide. By experience
 * level (the bands) and by role (the comparison's typical salaries), each figure with its
 * source and as-of date, the career stages each band covers, and the data to download
 * (the CMS's exports, `exportsUrl`).
 */
export function salariesPageView(guide: Guide, exportsUrl: string) {
  const { docs } = guide
  const text = guide.settings.salariesPage ?? ({} as Guide['settings']['salariesPage'])
  const stages = docs['career-stages']
  const bands = docs['salary-bands'].map((b) => ({
    slug: b.slug,
    name: bandLabel(b),
    text: formatSalaryRange(b),
    ...provenance(b),
    stages: stages
      .filter((s) => populated(s.salaryBand)?.id === b.id)
      .map((s) => ({ slug: s.slug, title: s.title })),
  }))
  const roles = docs.roles.map((r) => ({
    slug: r.slug,
    name: r.name,
    text: formatSalaryRange(r),
    ...provenance(r),
  }))
  return {
    text,
    levels: {
      heading: guide.page.salaries.levelLabel,
      bands,
      bars: docs['salary-bands'].map(bandBar),
      updated: chartUpdated(guide, 'salary-bands'),
    },
    roles: {
      rows: roles,
      bars: docs.roles.map((r) => salaryBar(r.name, r)),
      updated: chartUpdated(guide, 'roles'),
    },
    footnoteHtml: guide.page.salaries.footnoteHtml ?? '',
    rangeLabel: guide.page.salaries.rangeLabel,
    downloads: ['salary-bands', 'companies', 'tools'].flatMap((collection) =>
      (['csv', 'json'] as const).map((format) => ({
        label: `${collection}.${format}`,
        format,
        url: `${exportsUrl}/${collection}.${format}`,
      })),
    ),
  }
}
export type SalariesPageView = ReturnType<typeof salariesPageView>
/** A row of either table on /salaries: a band or a role, its figure and provenance. */
export type FigureRow = SalariesPageView['roles']['rows'][number]
