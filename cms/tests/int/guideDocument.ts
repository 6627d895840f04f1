import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { formatSalaryRange, formatYears } from '@mlops-guide/content/format'
import { guideDocumentLines } from '@mlops-guide/stack'

import { api } from './helpers'

/** The source document's non-empty lines. */
export const readGuideDocument = guideDocumentLines

// A figure element reads as its `text`, the value readers see (packages/content/src/figures.ts).
const plain = (richText: any): string[] =>
  convertLexicalToPlaintext({
    data: richText,
    converters: { inlineBlocks: { figure: ({ node }: any) => node.fields.text } } as any,
  })
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)

const all = async (collection: string, token?: string) => {
  const res = await api('GET', `/${collection}?limit=100&depth=1`, { token })
  if (res.status !== 200) throw new Error(`${collection}: ${res.status}`)
  return res.body.docs as any[]
}

/**
 * Writes the guide back out, line for line in the source document's format, from nothing
 * but what the content API serves. Every fact the API lacks or alters shows up as a
 * differing line; the document's order is the API's default order.
 */
export async function guideFromApi(token?: string): Promise<string[]> {
  const page = (await api('GET', '/globals/guide-page?depth=1', { token })).body
  const [roles, categories, tools, stages, groups, companies, bands, faqs] = (await Promise.all(
    [
      'roles',
      'tool-categories',
      'tools',
      'career-stages',
      'company-groups',
      'companies',
      'salary-bands',
      'faqs',
    ].map((c) => all(c, token)),
  )) as [any[], any[], any[], any[], any[], any[], any[], any[]]
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`
  const rule = (n: number) => `|${'---|'.repeat(n)}`
  const labels = page.comparison.rowLabels
  const out: string[] = [
    page.hero.title,
    page.hero.subtitle,
    page.why.heading,
    ...plain(page.why.body),
    page.what.heading,
    page.what.intro,
    ...page.what.responsibilities.map((r: any) => `- ${r.title} -- ${r.description}`),
    page.comparison.heading,
    page.comparison.intro,
    row([labels.aspect, ...roles.map((r) => r.name)]),
    rule(roles.length + 1),
    row([labels.primaryFocus, ...roles.map((r) => r.primaryFocus)]),
    row([
      labels.keyTools,
      ...roles.map((r) => r.keyTools.map((t: any) => t.shortName || t.name).join(', ')),
    ]),
    row([labels.dataHandling, ...roles.map((r) => r.dataHandling)]),
    row([labels.testing, ...roles.map((r) => r.testing)]),
    row([labels.monitoring, ...roles.map((r) => r.monitoring)]),
    row([labels.typicalSalary, ...roles.map((r) => formatSalaryRange(r))]),
    page.skills.heading,
    ...categories.flatMap((c) => [
      c.title,
      ...tools.filter((t) => t.category?.id === c.id).map((t) => `- ${t.skillText}`),
    ]),
    page.careerPath.heading,
    page.careerPath.intro,
    ...stages.flatMap((s) => [`${s.title} (${formatYears(s)} years)`, s.summary]),
    page.companies.heading,
    ...groups.flatMap((g) => {
      const names = companies.filter((c) => c.group?.id === g.id).map((c) => c.name)
      return [g.title, names.length ? names.join(', ') : g.description]
    }),
    ...plain(page.companies.footnote),
    page.salaries.heading,
    row([page.salaries.levelLabel, page.salaries.rangeLabel]),
    rule(2),
    ...bands.map((b) => {
      const years = formatYears(b)
      return row([years ? `${b.level} (${years}y)` : b.level, formatSalaryRange(b)])
    }),
    ...plain(page.salaries.footnote),
    page.faq.heading,
    ...faqs.flatMap((f) => [f.question, ...plain(f.answer)]),
    page.nextSteps.heading,
    ...page.nextSteps.links.map((l: any) => `- ${l.label} -- ${l.description}`),
  ]
  return out
}

/**
 * The document's first line reads "MLOpsCareer Guide 2026": the "MLOps" logo run into the
 * heading by the text export. The guide's title is "MLOps Career Guide 2026".
 */
export const normaliseTitle = (lines: string[]) =>
  lines.map((l, i) => (i === 0 ? l.replace(/^MLOpsCareer/, 'MLOps Career') : l))
