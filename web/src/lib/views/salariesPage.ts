import { formatSalaryRange } from '@mlops-guide/content/format'
import type { Guide } from '#lib/guide.ts'
import { figureProvenance } from './siteChrome.ts'
import { bandLabel } from './stagePay.ts'
import {
  bandBar,
  chartUpdated,
  isGuideRole,
  provenance,
  salaryBar,
  salaryScale,
  stageView,
} from './parts.ts'

type Figure = { slug: string; name: string; text: string } & ReturnType<typeof provenance>

/**
 * A table's figures with their provenance said once. The footer of every page names the
 * sources (siteChrome.ts); a table names its own only when the site has several, so a reader
 * can tell which is whose. An as-of column only when an editor gave some row a date (the
 * guide gives none).
 */
const figureTable = <R extends Figure>(label: string, rows: R[], siteSources: string[]) => {
  const sources = [...new Set(rows.map((r) => r.source))]
  return {
    label,
    rows,
    sources: siteSources.length > 1 ? sources : [],
    datesGiven: rows.some((r) => r.asOf),
  }
}

/**
 * /salaries: the salary benchmarks, from the same documents as the guide. By experience
 * level (the bands, "Base Salary Range" as the guide heads them) and by role (the
 * comparison's "Typical salary"), every chart on the site's one scale, the career stages
 * whose years each band's meet, and the data to download (the CMS's exports, `exportsUrl`).
 */
export function salariesPageView(guide: Guide, exportsUrl: string) {
  const { docs, page } = guide
  const text = guide.settings.salariesPage ?? ({} as Guide['settings']['salariesPage'])
  const stages = docs['career-stages'].map((s) => stageView(s, guide))
  const { sources } = figureProvenance(guide)
  const bands = docs['salary-bands'].map((b) => ({
    slug: b.slug,
    name: bandLabel(b),
    text: formatSalaryRange(b),
    ...provenance(b),
    stages: stages
      .filter((s) => s.pay?.bands.some((pb) => pb.slug === b.slug))
      .map((s) => ({ slug: s.slug, title: s.title, years: s.years })),
  }))
  const roles = docs.roles.map((r) => ({
    slug: r.slug,
    name: r.name,
    text: formatSalaryRange(r),
    ...provenance(r),
  }))
  return {
    text,
    guideTitle: page.hero.title,
    scale: salaryScale(guide),
    levels: {
      heading: page.salaries.levelLabel,
      table: figureTable(page.salaries.rangeLabel, bands, sources),
      bands,
      bars: docs['salary-bands'].map(bandBar),
      updated: chartUpdated(guide, 'salary-bands'),
    },
    roles: {
      table: figureTable(page.comparison.rowLabels.typicalSalary, roles, sources),
      bars: docs.roles.map((r) => ({
        ...salaryBar(r.name, r),
        highlight: isGuideRole(guide, r.name),
      })),
      updated: chartUpdated(guide, 'roles'),
    },
    footnoteHtml: page.salaries.footnoteHtml ?? '',
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
/** Either table on /salaries: its figure's label, its rows, their sources said once. */
export type FigureTable = SalariesPageView['roles']['table']
