import { previewedRoute, type PreviewPage, type PreviewTarget } from '@mlops-guide/content/preview'

import type { Guide } from '#lib/guide.ts'
import { careerPathPageView } from '#lib/views/careerPathPage.ts'
import { homePageView } from '#lib/views/homePage.ts'
import { learningPathPageView } from '#lib/views/learningPathPage.ts'
import { salariesPageView } from '#lib/views/salariesPage.ts'
import { skillPageView, skillsIndexView } from '#lib/views/skillsPage.ts'
import { stagePageView } from '#lib/views/stagePage.ts'

type Draft = { id: number | string; slug?: unknown }

/** The query of a page's address (`/career-path?years=4`), which some pages answer. */
const queryOf = (path: string) => new URLSearchParams(path.split('?')[1]?.split('#')[0] ?? '')

/**
 * What a preview shows: the page the address asks for (`page`, any page a preview can show),
 * else the page readers will find the draft on (its stage's or skill's page, else the home
 * page), rendered by the same views as the public routes from the guide with the draft in it.
 * `path` is the page's own address (the header marks it); a view is null when the page names a
 * stage or skill the guide with the draft does not have.
 */
export function previewPageView(
  guide: Guide,
  target: PreviewTarget,
  draft: Draft,
  page: PreviewPage | null,
  exportsUrl: string,
) {
  const ownSlug = String(draft.slug ?? '')
  const route = page?.route ?? previewedRoute(target)
  const slug = page ? (page.slug ?? '') : ownSlug
  const query = queryOf(page?.path ?? '')
  switch (route) {
    case '/career-path/[slug]': {
      // The draft's own page is found by id: its slug may be what the draft changes.
      const own = !page && 'collection' in target
      const view = stagePageView(guide, (s) => (own ? s.id === draft.id : s.slug === slug))
      return { route, path: `/career-path/${view?.stage.slug ?? slug}`, view } as const
    }
    case '/skills/[slug]':
      return { route, path: `/skills/${slug}`, view: skillPageView(guide, slug) } as const
    case '/salaries':
      return { route, path: route, view: salariesPageView(guide, exportsUrl) } as const
    case '/skills':
      return { route, path: route, view: skillsIndexView(guide) } as const
    case '/career-path':
      return { route, path: route, view: careerPathPageView(guide, query) } as const
    case '/learning-path':
      return { route, path: route, view: learningPathPageView(guide, new Set()) } as const
    default:
      return { route: '/', path: '/', view: homePageView(guide, query.get('skills')) } as const
  }
}
export type PreviewPageView = ReturnType<typeof previewPageView>
