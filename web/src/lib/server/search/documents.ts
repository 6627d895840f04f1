import { formatSalaryRange, formatYears } from '@mlops-guide/content/format'
import { guideSections, sentences } from '@mlops-guide/content/guide-sections'
import { companyPage, DOCUMENT_PAGES } from '@mlops-guide/content/site-routes'
import type { Tool } from '@mlops-guide/content/types'

import { populated, type Guide } from '#lib/guide.ts'
import { bandLabel } from '#lib/views/stagePay.ts'
import { plainText } from '../plainText.ts'

/** What a search can find, each linking to the page (and section) that shows it. */
export const SEARCH_KINDS = [
  'stage',
  'skill',
  'category',
  'role',
  'band',
  'company',
  'faq',
  'guide',
] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

export type SearchDocument = {
  id: string
  kind: SearchKind
  title: string
  /** Everything else the page shows about it, as plain text: what matches besides the title. */
  text: string
  href: string
}

const names = (tools: (number | Tool)[] | null | undefined) =>
  (tools ?? [])
    .map((t) => populated(t))
    .filter((t) => t !== null)
    .map((t) => t.name)

/**
 * Every stage, skill, skill category, role, band, company and question of the guide, and the
 * guide's own text by section: what the search index holds (server/search/index.ts).
 */
export function searchDocuments(guide: Guide): SearchDocument[] {
  const { docs } = guide
  const of = <T>(kind: SearchKind, list: T[], doc: (item: T) => Omit<SearchDocument, 'kind'>) =>
    list.map((item) => ({ kind, ...doc(item) }))
  return [
    ...of('stage', docs['career-stages'], (s) => ({
      id: `stage:${s.slug}`,
      title: s.title,
      text: sentences(`${formatYears(s)} years`, s.summary, names(s.keySkills).join(', ')),
      href: DOCUMENT_PAGES['career-stages'](s.slug),
    })),
    ...of('skill', docs.tools, (t) => ({
      id: `skill:${t.slug}`,
      title: t.name,
      text: sentences(t.shortName, t.skillText, populated(t.category)?.title),
      href: DOCUMENT_PAGES.tools(t.slug),
    })),
    ...of('category', docs['tool-categories'], (c) => ({
      id: `category:${c.slug}`,
      title: c.title,
      text: docs.tools
        .filter((t) => populated(t.category)?.id === c.id)
        .map((t) => t.name)
        .join(', '),
      href: `/skills#${c.slug}`,
    })),
    ...of('role', docs.roles, (r) => ({
      id: `role:${r.slug}`,
      title: r.name,
      text: sentences(
        r.primaryFocus,
        names(r.keyTools).join(', '),
        r.dataHandling,
        r.testing,
        r.monitoring,
        formatSalaryRange(r),
      ),
      href: DOCUMENT_PAGES.roles(r.slug),
    })),
    ...of('band', docs['salary-bands'], (b) => ({
      id: `band:${b.slug}`,
      title: bandLabel(b),
      text: formatSalaryRange(b),
      href: DOCUMENT_PAGES['salary-bands'](b.slug),
    })),
    ...of('company', docs.companies, (c) => {
      const group = populated(c.group)
      return {
        id: `company:${c.slug}`,
        title: c.name,
        text: sentences(group?.title, group?.description),
        href: companyPage(group?.slug),
      }
    }),
    ...of('faq', docs.faqs, (f) => ({
      id: `faq:${f.slug}`,
      title: f.question,
      text: plainText(f.answerHtml ?? ''),
      href: DOCUMENT_PAGES.faqs(f.slug),
    })),
    // The guide's own text by the home page section that shows it; rich text from its HTML.
    ...guideSections(guide.page, ({ html }) => plainText(html ?? '')).map((section) => ({
      id: `guide:${section.slug}`,
      kind: 'guide' as const,
      title: section.title,
      text: section.text,
      href: section.path,
    })),
  ]
}
