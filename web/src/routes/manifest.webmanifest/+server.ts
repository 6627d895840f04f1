import { getGuide } from '#lib/server/contentStore.ts'
import type { RequestHandler } from './$types'

/** The web app manifest, named after the guide as the CMS has it. */
export const GET: RequestHandler = async () => {
  const { page } = await getGuide()
  const manifest = {
    name: page.hero.title,
    short_name: page.hero.title,
    description: page.hero.subtitle,
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#1f47c2',
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
    ],
  }
  return Response.json(manifest, { headers: { 'content-type': 'application/manifest+json' } })
}
