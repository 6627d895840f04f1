import { error } from '@sveltejs/kit'
import { WEB_PUBLIC_URL } from '$app/env/private'

import { getGuide } from '#lib/server/contentStore.ts'
import { changesPage, changesPageOf } from '#lib/server/olderChanges.ts'
import { subpageSeo } from '#lib/server/seo.ts'
import { changesPath, changesPageView } from '#lib/views/changesPage.ts'
import type { PageServerLoad } from './$types'

// `page` (the older changes) is listed in the page cache's key (PAGE_QUERY_PARAMS).
export const load: PageServerLoad = async ({ url, locals }) => {
  const guide = await getGuide()
  const number = changesPageOf(url.searchParams.get('page'))
  if (number === null) error(404, 'Page not found')
  const changes = await changesPage(guide.changes, number).catch((e: unknown) => {
    // No answer about an older page (the CMS down, the anonymous budget spent): the 404 page,
    // not kept, as for an old change's "before" page.
    console.warn(`changes page ${number} not read: ${(e as Error).message}`)
    locals.notKept = true
    return null
  })
  if (!changes) error(404, 'Page not found')
  const view = changesPageView(guide, changes)
  const { pageOf } = view.pager
  const title = pageOf ? `${view.text.title} (${pageOf})` : view.text.title
  // Every page shows the record's share card; each has its own address.
  const seo = subpageSeo(view.guideTitle, { ...view.text, title }, '/changes')
  return { ...view, seo: { ...seo, canonical: `${WEB_PUBLIC_URL}${changesPath(number)}` } }
}
