import { error } from '@sveltejs/kit'

import { getGuide } from '#lib/server/contentStore.ts'
import { pageOfShareCard, shareCardFor } from '#lib/server/shareCards/cards.ts'
import { renderShareCard } from '#lib/server/shareCards/render.ts'
import { WEB_PUBLIC_URL } from '$app/env/private'
import type { RequestHandler } from './$types'

/**
 * GET /og/<page>.png: the page's share card, drawn from its content. Rendered once per
 * content version: the site's page cache keeps the answer until the content changes
 * (hooks.server.ts), whatever query string the address carries (pageCacheKey), and serves it
 * from the last good copy while the CMS is down. A card for a page the site does not have is
 * a 404 before anything is drawn.
 */
export const GET: RequestHandler = async ({ url }) => {
  const pagePath = pageOfShareCard(url.pathname)
  const card = pagePath && shareCardFor(await getGuide(), pagePath, new URL(WEB_PUBLIC_URL).host)
  if (!card) error(404, 'No such share card')
  const png = await renderShareCard(card)
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } })
}
