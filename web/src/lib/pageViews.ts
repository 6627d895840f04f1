import type { Guide } from './guide'
import { guideView, stageView } from './guideView'

/**
 * What each page shows, from the guide alone: the public routes call these on the server,
 * and the preview page calls them again in the browser as an editor types.
 */

export function homeView(guide: Guide, skills: string | null) {
  const view = guideView(guide)
  return {
    ...view,
    activeCategory: view.skillCategories.some((c) => c.slug === skills) ? skills : null,
  }
}

/** A career stage's page, or null when the guide has no such stage. */
export function stagePageView(guide: Guide, find: (stage: Guide['stages'][number]) => boolean) {
  const index = guide.stages.findIndex(find)
  const stage = guide.stages[index]
  if (!stage) return null
  const neighbour = (i: number) => {
    const s = guide.stages[i]
    return s ? { slug: s.slug, title: s.title } : null
  }
  return {
    stage: stageView(stage),
    guideTitle: guide.page.hero.title,
    careerPathHeading: guide.page.careerPath.heading,
    labels: guide.page.labels,
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
  }
}
