import type { Guide } from '#lib/guide.ts'
import { formatDate } from './parts.ts'

/**
 * Where the site's figures come from: every source named once, and the newest as-of date an
 * editor gave (null when none did: the guide itself gives no date, so none is invented).
 */
export function figureProvenance(guide: Guide) {
  const { docs } = guide
  const figures = [...docs['salary-bands'], ...docs.roles, ...docs.companies]
  const newest = figures.reduce((latest, f) => (f.asOf && f.asOf > latest ? f.asOf : latest), '')
  return {
    sources: [...new Set(figures.map((f) => f.source))],
    asOf: newest ? formatDate(newest) : null,
  }
}

/**
 * What every page shows around its content: the guide's name, the navigation, and a footer
 * that says where the figures come from (figureProvenance). `apiDocsUrl` is the CMS's
 * public API reference.
 */
export function siteChromeView(guide: Guide, apiDocsUrl: string) {
  const { settings } = guide
  // A settings global never saved yet has none of its groups: the chrome still renders.
  const footer = settings.footer ?? {}
  return {
    name: guide.page.hero.title,
    navigation: settings.navigation ?? [],
    footer: {
      text: footer.text ?? '',
      asOfLabel: footer.asOfLabel ?? '',
      sourcesLabel: footer.sourcesLabel ?? '',
      apiLabel: footer.apiLabel ?? '',
      apiDocsUrl,
      ...figureProvenance(guide),
    },
  }
}

export type SiteChromeView = ReturnType<typeof siteChromeView>
