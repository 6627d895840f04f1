import { error } from '@sveltejs/kit'

import { getGuide } from '#lib/server/contentStore.ts'
import { subpageSeo } from '#lib/server/seo.ts'
import { learningPathPageView, readDone } from '#lib/views/learningPathPage.ts'
import type { PageServerLoad } from './$types'

// `done` is listed in the page cache's key (PAGE_QUERY_PARAMS).
export const load: PageServerLoad = async ({ url, setHeaders }) => {
  const read = readDone(url.searchParams)
  if ('problem' in read) error(400, read.problem)
  // Anyone can make up lists of ticks: those answers stay out of the page cache (it keeps
  // nothing private), which holds the site's own pages; the plain checklist is kept.
  if (url.searchParams.has('done')) setHeaders({ 'cache-control': 'private, max-age=60' })
  const view = learningPathPageView(await getGuide(), read.done)
  return { ...view, seo: subpageSeo(view.guideTitle, view.text, '/learning-path') }
}
