import { matchSitePath } from '@mlops-guide/content/site-routes'

import { formatSalaryRange, typeset } from '@mlops-guide/content/format'
import type { SalaryBand } from '@mlops-guide/content/types'

import type { Guide } from '#lib/guide.ts'
import { careerPathText } from '#lib/views/careerPathPage.ts'
import { stageView } from '#lib/views/parts.ts'
import { categoryOf, lineOwner } from '#lib/views/skillLines.ts'
import { searchText } from '#lib/views/searchPage.ts'
import type { ShareCard } from './render.ts'

/** The address of a page's share card: /og/home.png for the guide, /og<path>.png otherwise. */
export const shareCardPath = (pagePath: string) =>
  pagePath === '/' ? '/og/home.png' : `/og${pagePath}.png`

/** The page a card address is for, or null. */
export const pageOfShareCard = (cardPath: string) => {
  const match = /^\/og\/(.+)\.png$/.exec(cardPath)
  if (!match) return null
  return match[1] === 'home' ? '/' : `/${match[1]}`
}

/** The salaries page's key figure: from the lowest band to the highest, "$120k-$380k+". */
function salariesRange(bands: SalaryBand[]): string | null {
  if (bands.length === 0) return null
  const top = bands.reduce((a, b) => (b.maxSalary > a.maxSalary ? b : a))
  return formatSalaryRange({
    minSalary: Math.min(...bands.map((b) => b.minSalary)),
    maxSalary: top.maxSalary,
    currency: top.currency,
    openEnded: top.openEnded,
  })
}

/**
 * What the share card of a site page says, from the same content the page shows (its title
 * and, where it has one, its key figure as the guide writes it); null for a page the site
 * does not have.
 */
export function shareCardFor(guide: Guide, pagePath: string, host: string): ShareCard | null {
  const match = matchSitePath(pagePath)
  if (!match || pagePath.includes('#') || pagePath.includes('?')) return null
  const { page, settings, docs } = guide
  // Typeset as the pages are (hooks.server.ts): a card is text shown to readers too.
  const card = (title: string, subtitle: string, figure: string | null = null): ShareCard => ({
    kicker: match.route === '/' ? host : page.hero.title,
    title: typeset(title),
    subtitle: typeset(subtitle),
    figure,
    footer: typeset(match.route === '/' ? (page.careerPath.intro ?? '') : host),
  })
  switch (match.route) {
    case '/':
      return card(page.hero.title, page.hero.subtitle)
    case '/salaries':
      return card(
        settings.salariesPage.title,
        settings.salariesPage.description ?? '',
        salariesRange(docs['salary-bands']),
      )
    case '/career-path': {
      const text = careerPathText(guide)
      return card(text.title ?? page.careerPath.heading, text.description ?? '')
    }
    case '/skills':
      return card(settings.skillsPage.title, settings.skillsPage.description ?? '')
    case '/changes':
      return card(settings.changesPage.title, settings.changesPage.description ?? '')
    case '/search':
      return card(searchText.title, searchText.description)
    case '/learning-path':
      return card(settings.learningPathPage.title, settings.learningPathPage.description ?? '')
    case '/career-path/[slug]': {
      const stage = docs['career-stages'].find((s) => s.slug === match.slug)
      if (!stage) return null
      const { title, years, pay } = stageView(stage, guide)
      return card(title, pay?.sentence ?? years, pay && formatSalaryRange(pay))
    }
    case '/skills/[slug]': {
      const tool = docs.tools.find((t) => t.slug === match.slug)
      if (!tool) return null
      const category = categoryOf(tool, docs.tools)
      const line = lineOwner(tool, docs.tools)?.skillText
      return card(tool.name, [line, category?.title].filter(Boolean).join(' · '))
    }
  }
}

/**
 * A page's card in words, its image's alt text: the title and the key figure the card
 * shows ("Salary benchmarks: $120k-$380k+"); null for a page without a card.
 */
export function shareCardAlt(guide: Guide, pagePath: string): string | null {
  const card = shareCardFor(guide, pagePath, '')
  return card && [card.title, card.figure].filter(Boolean).join(': ')
}
