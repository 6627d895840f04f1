import { siteClient } from './siteClient.ts'

/** Headers of the CMS's answer that the reader's browser needs (and may cache by). */
const PASSED_ON = ['content-type', 'content-length', 'etag', 'last-modified']

/**
 * An image the CMS holds, answered by the site at /media/<filename>: the address rich text
 * uses for uploads (cms/src/media/imageHtml.ts). The site's CSP allows images from 'self'
 * only, and the CMS need not be reachable by readers. The file's own answer may not run
 * anything (an SVG opened on its own could otherwise script the site's origin).
 */
export async function mediaFile(filename: string, request: Request): Promise<Response> {
  const conditional = Object.fromEntries(
    ['if-none-match', 'if-modified-since'].flatMap((name) => {
      const value = request.headers.get(name)
      return value ? [[name, value]] : []
    }),
  )
  const answer = await siteClient.mediaFile(filename, conditional).catch(() => null)
  if (!answer) return new Response('The image is unavailable', { status: 503 })
  if (answer.status !== 200 && answer.status !== 304) {
    await answer.body?.cancel()
    return new Response('No such image', { status: 404, headers: { 'cache-control': 'no-store' } })
  }
  const headers = new Headers(
    PASSED_ON.flatMap((name) => {
      const value = answer.headers.get(name)
      return value ? [[name, value]] : []
    }),
  )
  // A replaced image keeps its address for a few minutes at most in a browser or CDN.
  headers.set('cache-control', 'public, max-age=300, stale-while-revalidate=86400')
  headers.set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
  return new Response(answer.status === 304 ? null : answer.body, {
    status: answer.status,
    headers,
  })
}
