import { matchSitePath } from '@mlops-guide/content/site-routes'

import { populated, type Guide } from '#lib/guide.ts'
import { stageView } from '#lib/views/parts.ts'
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

/**
 * What the share card of a site page says, from the same content the page shows (its title
 * and, where it has one, its key figure as the guide writes it); null for a page the site
 * does not have.
 */
export function shareCardFor(guide: Guide, pagePath: string, host: string): ShareCard | null {
  const match = matchSitePath(pagePath)
  if (!match || pagePath.includes('#') || pagePath.includes('?')) return null
  const { page, settings, docs } = guide
  const card = (title: string, subtitle: string, figure: string | null = null): ShareCard => ({
    kicker: match.route === '/' ? host : page.hero.title,
    title,
    subtitle,
    figure,
    footer: match.route === '/' ? (page.careerPath.intro ?? '') : host,
  })
  switch (match.route) {
    case '/':
      return card(page.hero.title, page.hero.subtitle)
    case '/salaries':
      return card(settings.salariesPage.title, settings.salariesPage.description ?? '')
    case '/skills':
      return card(settings.skillsPage.title, settings.skillsPage.description ?? '')
    case '/changes':
      return card(settings.changesPage.title, settings.changesPage.description ?? '')
    case '/search':
      return card(searchText.title, searchText.description)
    case '/career-path/[slug]': {
      const stage = docs['career-stages'].find((s) => s.slug === match.slug)
      if (!stage) return null
      const view = stageView(stage)
      const band = view.band ? `${page.labels.salaryBand}: ${view.band.level}` : ''
      return card(view.title, [view.years, band].filter(Boolean).join(' · '), view.band?.text)
    }
    case '/skills/[slug]': {
      const tool = docs.tools.find((t) => t.slug === match.slug)
      if (!tool) return null
      const category = populated(tool.category)
      return card(tool.name, [tool.skillText, category?.title].filter(Boolean).join(' · '))
    }
  }
}
