import { Feed } from 'feed'

import { WEB_PUBLIC_URL } from '$app/env/private'
import { getGuide } from '#lib/server/contentStore.ts'
import { changesPageView } from '#lib/views/changesPage.ts'
import type { RequestHandler } from './$types'

/** The record of changes as an Atom feed (written by the `feed` library), newest first. */
export const GET: RequestHandler = async () => {
  const view = changesPageView(await getGuide())
  const page = `${WEB_PUBLIC_URL}/changes`
  const feed = new Feed({
    id: page,
    link: page,
    title: `${view.text.title} | ${view.guideTitle}`,
    description: view.text.description ?? undefined,
    updated: new Date(view.updatedIso),
    feedLinks: { atom: `${WEB_PUBLIC_URL}/changes.xml` },
    generator: false,
    author: { name: view.guideTitle, link: WEB_PUBLIC_URL },
  })
  for (const entry of view.entries) {
    const provenance = [
      entry.source && `${view.text.sourceLabel}: ${entry.source}`,
      entry.asOf && `${view.text.asOfLabel}: ${entry.asOf}`,
    ].filter(Boolean)
    feed.addItem({
      id: `${page}#change-${entry.id}`,
      link: `${WEB_PUBLIC_URL}${entry.href}`,
      title: `${entry.subject}: ${entry.old} → ${entry.new}`,
      date: new Date(entry.dateIso),
      description: [`${entry.old} → ${entry.new}`, ...provenance].join('. '),
    })
  }
  return new Response(feed.atom1(), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  })
}
