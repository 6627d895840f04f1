import { serverEnv } from '$lib/server/env'
import type { RequestHandler } from './$types'

export const GET: RequestHandler = () =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${serverEnv.publicUrl}/sitemap.xml\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
