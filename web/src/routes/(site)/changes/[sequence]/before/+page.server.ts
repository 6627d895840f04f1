import { ContentApiError } from '@mlops-guide/content'
import { unrenderableReasons } from '@mlops-guide/content/renderable'
import { error } from '@sveltejs/kit'
import { WEB_PUBLIC_URL } from '$app/env/private'

import { changeEntry, sequenceOf } from '#lib/server/changeEntry.ts'
import { getGuide } from '#lib/server/contentStore.ts'
import { guideAsOf } from '#lib/server/guideAsOf.ts'
import { linkTargets } from '#lib/server/relink.ts'
import { seo } from '#lib/server/seo.ts'
import { changeEntryView, entryLine } from '#lib/views/changesPage.ts'
import { homePageView } from '#lib/views/homePage.ts'
import type { PageServerLoad } from './$types'

/**
 * The guide's home page as it read just before a change of the record (/changes links it),
 * however old the change (changeEntry.ts). Only a change the record holds, at the moment it
 * gives: no other moment is ever read, so no address can make the site ask the CMS for
 * arbitrary ones. Not indexed, not in the sitemap.
 */
export const load: PageServerLoad = async ({ params, url, setHeaders, locals }) => {
  const guide = await getGuide()
  const sequence = sequenceOf(params.sequence)
  const change =
    sequence === null
      ? null
      : await changeEntry(guide.changes, sequence).catch((e: unknown) => {
          // No answer about an old change (the CMS down, the anonymous budget spent by a
          // flood of made-up numbers): the 404 page, not kept, as for an old address.
          console.warn(`change ${sequence} not looked up: ${(e as Error).message}`)
          locals.notKept = true
          return null
        })
  if (!change?.before) error(404, 'Page not found')
  const entry = changeEntryView(guide, change)
  const then = await guideAsOf(change.before, guide.changes).catch((e: unknown) => {
    // The guide page or the settings were not published then: nothing to show.
    if (e instanceof ContentApiError && e.status === 404) return null
    throw e
  })
  if (!then || unrenderableReasons(then).length > 0) error(404, 'Page not found')
  setHeaders({ 'x-robots-tag': 'noindex' })
  // Its links are that moment's: one to a document deleted since must not lead nowhere.
  locals.linkTarget = linkTargets(then, guide)
  const view = homePageView(then, url.searchParams.get('skills'))
  const line = entryLine(entry)
  return {
    ...view,
    asItRead: {
      // The banner's words are today's (the site settings as they are now), not the moment's.
      words: guide.settings.changesPage,
      date: entry.date,
      dateIso: entry.dateIso,
      change: line,
      // An entry older than /changes lists links the page itself.
      href: guide.changes.docs.includes(change) ? `/changes#change-${entry.id}` : '/changes',
    },
    // The home page's share card; its own address.
    seo: { ...seo(view.page.title, line, '/'), canonical: `${WEB_PUBLIC_URL}${url.pathname}` },
  }
}
