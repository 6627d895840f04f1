import { WEB_PUBLIC_URL } from '$app/env/private'
import { changesFeed } from '#lib/server/changesFeed.ts'
import { getGuide } from '#lib/server/contentStore.ts'
import { changesPageView } from '#lib/views/changesPage.ts'
import type { RequestHandler } from './$types'

/** The record of changes as an Atom feed (lib/server/changesFeed.ts), newest first. */
export const GET: RequestHandler = async () =>
  new Response(changesFeed(changesPageView(await getGuide()), WEB_PUBLIC_URL), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  })
