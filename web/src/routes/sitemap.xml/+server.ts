import { WEB_PUBLIC_URL } from '$app/env/private'
import { getGuide } from '#lib/server/contentStore.ts'
import { skillPath } from '#lib/views/parts.ts'
import type { RequestHandler } from './$types'

export const GET: RequestHandler = async () => {
  const guide = await getGuide()
  // Every page of the site (the contract's SITE_ROUTES, each dynamic one once per document).
  const paths = [
    '/',
    '/salaries',
    '/skills',
    '/changes',
    '/career-path',
    '/learning-path',
    ...guide.docs['career-stages'].map((s) => `/career-path/${s.slug}`),
    ...guide.docs.tools.map((t) => skillPath(t.slug)),
  ]
  const urls = paths.map((p) => `  <url><loc>${WEB_PUBLIC_URL}${p}</loc></url>`).join('\n')
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
