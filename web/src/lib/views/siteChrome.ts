import type { Guide } from '#lib/guide.ts'
import { formatDate } from './parts.ts'

/**
 * What every page shows around its content: the guide's name, the navigation, and a footer
 * that says where the figures come from and how recent they are (the newest as-of date of
 * any figure, and every source named). `apiDocsUrl` is the CMS's public API reference.
 */
export function siteChromeView(guide: Guide, apiDocsUrl: string) {
  const { settings, docs } = guide
  // A settings global never saved yet has none of its groups: the chrome still renders.
  const footer = settings.footer ?? {}
  const figures = [...docs['salary-bands'], ...docs.roles, ...docs.companies]
  const newest = figures.reduce((latest, f) => (f.asOf > latest ? f.asOf : latest), '')
  return {
    name: guide.page.hero.title,
    navigation: settings.navigation ?? [],
    footer: {
      text: footer.text ?? '',
      asOfLabel: footer.asOfLabel ?? '',
      asOf: newest ? formatDate(newest) : null,
      sourcesLabel: footer.sourcesLabel ?? '',
      sources: [...new Set(figures.map((f) => f.source))],
      apiLabel: footer.apiLabel ?? '',
      apiDocsUrl,
    },
  }
}
export type SiteChromeView = ReturnType<typeof siteChromeView>
