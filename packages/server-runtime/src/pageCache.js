import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/**
 * The site's rendered pages, kept until the content changes. Every reader of a content
 * version gets the same HTML, so a page is rendered and compressed once per version instead
 * of per request (adapter-node compresses only prebuilt assets, never rendered pages).
 *
 * One module instance serves both sides of the site's process: SvelteKit's handle hook
 * (web/src/hooks.server.ts) fills it, and web/server.js answers hits before SvelteKit's
 * request machinery runs, which is what makes a page as cheap as a static file (bench/).
 * Both import this package; the site's build keeps it external (it is a dependency).
 *
 * @typedef {{
 *   version: string
 *   status: number
 *   headers: [string, string][]
 *   etag: string
 *   body: Buffer
 *   gzip: Buffer | null
 *   br: Buffer | null
 * }} CachedPage
 */

/** @type {{ version: string, pages: Map<string, CachedPage> }} */
const store = { version: '', pages: new Map() }

// Pages per content version: every page of the site, even with thousands of skills; a bound all the same.
export const MAX_PAGES = 5000

/** Called with every content version seen; a new version empties the cache. @param {string} version */
export function useVersion(version) {
  if (store.version === version) return
  store.version = version
  store.pages.clear()
}

/** @param {string} key the page's path @returns {CachedPage | undefined} */
export function getCachedPage(key) {
  const page = store.pages.get(key)
  return page?.version === store.version ? page : undefined
}

/**
 * @param {string} key
 * @param {Omit<CachedPage, 'gzip' | 'br'>} page
 * @returns {CachedPage}
 */
export function cachePage(key, page) {
  const type = page.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? ''
  // Text compresses; images (share cards) are compressed already.
  const compress = /^(text\/|application\/(json|xml|javascript))|\+xml/.test(type)
  /** @type {CachedPage} */
  const entry = {
    ...page,
    gzip: compress ? gzipSync(page.body, { level: 9 }) : null,
    br: compress
      ? brotliCompressSync(page.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : null,
  }
  if (store.pages.size >= MAX_PAGES)
    store.pages.delete(/** @type {string} */ (store.pages.keys().next().value))
  store.pages.set(key, entry)
  return entry
}

export const clearPageCache = () => store.pages.clear()

// Headers this writer sets from the cached page itself, whatever the rendered page carried.
const WRITTEN_HERE = new Set(['etag', 'vary', 'content-encoding', 'content-length'])

/**
 * The answer to a request for a cached page, the one place that writes it: 304 when the
 * client holds this version (If-None-Match), otherwise the body compressed as the client
 * accepts (brotli, gzip or none), with the page's own headers, its ETag and Vary.
 * @param {CachedPage} page
 * @param {{ method?: string, acceptEncoding?: string | null, ifNoneMatch?: string | null }} request
 * @returns {{ status: number, headers: [string, string][], body: Buffer | null }}
 */
export function cachedAnswer(page, { method, acceptEncoding, ifNoneMatch }) {
  /** @type {[string, string][]} */
  const headers = [
    ...page.headers.filter(([name]) => !WRITTEN_HERE.has(name.toLowerCase())),
    ['etag', page.etag],
    ['vary', 'accept-encoding'],
  ]
  if (ifNoneMatch === page.etag) return { status: 304, headers, body: null }
  let body = page.body
  if (page.br && /\bbr\b/.test(acceptEncoding ?? '')) {
    body = page.br
    headers.push(['content-encoding', 'br'])
  } else if (page.gzip && /\bgzip\b/.test(acceptEncoding ?? '')) {
    body = page.gzip
    headers.push(['content-encoding', 'gzip'])
  }
  headers.push(['content-length', String(body.length)])
  return { status: page.status, headers, body: method === 'HEAD' ? null : body }
}
