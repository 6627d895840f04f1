import { serverEnv } from '$lib/server/env'
import { getGuide } from '$lib/server/guideStore'
import type { RequestHandler } from './$types'

export const GET: RequestHandler = async () => {
  const guide = await getGuide()
  const paths = ['/', ...guide.stages.map((s) => `/career-path/${s.slug}`)]
  const urls = paths.map((p) => `  <url><loc>${serverEnv.publicUrl}${p}</loc></url>`).join('\n')
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
