import type { PageServerLoad } from './$types'

import { loadGuidePage } from '$lib/server/content'

export const load: PageServerLoad = async () => {
  const page = await loadGuidePage()
  return { title: page.hero.title, subtitle: page.hero.subtitle }
}
