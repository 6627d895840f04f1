import { WEB_PUBLIC_URL } from '$app/env/private'
import type { RequestHandler } from './$types'

export const GET: RequestHandler = () =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${WEB_PUBLIC_URL}/sitemap.xml\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
