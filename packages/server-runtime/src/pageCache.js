import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

import { Lru } from './lru.js'

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
 * Addresses anyone can make up must not cost memory or renders (bench:og): an address's
 * query string counts only where the page reads it (pageCacheKey), and a rendered answer is
 * held once however many addresses lead to it (two stores: addresses → answers by their
 * hash, and the answers themselves, each bounded in count, the answers in bytes too).
 *
 * @typedef {{
 *   status: number
 *   headers: [string, string][]
 *   etag: string
 *   body: Buffer
 *   gzip: Buffer | null
 *   br: Buffer | null
 * }} CachedPage
 */

/**
 * The query parameters a page reads, by path: the home page's Core Skills filter
 * (web/src/routes/(site)/+page.server.ts), the search (web/src/routes/(site)/search),
 * "Where do I stand?" on /career-path and the checklist's ticks
 * (web/src/routes/(site)/learning-path); answers to the last three say they are not to be
 * stored. The record of changes' older pages (web/src/routes/(site)/changes) are kept like
 * any page. Any other parameter, on any page or share card, changes nothing in the answer, so
 * it is left out of the cache key.
 * @type {Record<string, string[]>}
 */
export const PAGE_QUERY_PARAMS = {
  '/': ['skills'],
  '/search': ['q'],
  '/career-path': ['years', 'from'],
  '/learning-path': ['done'],
  '/changes': ['page'],
}

/**
 * The cache key of a request target (path and query, as in the request line): the path,
 * plus the parameters the page reads (PAGE_QUERY_PARAMS), the first value of each, in a
 * fixed order. `/og/home.png?v=2` and `/?utm_source=x` are the same answers as without.
 * @param {string} target
 */
export function pageCacheKey(target) {
  const q = target.indexOf('?')
  if (q === -1) return target
  const path = target.slice(0, q)
  const read = PAGE_QUERY_PARAMS[path]
  if (!read) return path
  const params = new URLSearchParams(target.slice(q + 1))
  const kept = new URLSearchParams()
  for (const name of read) {
    const value = params.get(name)
    if (value !== null) kept.set(name, value)
  }
  return kept.size ? `${path}?${kept}` : path
}

// Addresses per content version: every page and share card of the site, even with thousands
// of skills (bench:scale); an entry is a short string and a hash. Addresses answered 404 are
// counted apart, so that made-up addresses never push the site's own pages out.
export const MAX_PAGES = 10_000
export const MAX_NOT_FOUND = 10_000
// Distinct answers, and their bytes (body and both compressed copies): the guide at scale
// (1,000 tools: ~2,800 pages and cards) fits several times over.
export const MAX_ANSWERS = 5_000
export const MAX_ANSWER_BYTES = 256 * 1024 * 1024

const store = {
  version: '',
  /** @type {Lru<{ version: string, answer: string }>} cache key → its answer's hash */
  pages: new Lru(MAX_PAGES),
  /** @type {Lru<{ version: string, answer: string }>} the same for answers that are a 404 */
  notFound: new Lru(MAX_NOT_FOUND),
  /** @type {Lru<CachedPage>} answer hash → the answer */
  answers: new Lru(
    MAX_ANSWERS,
    MAX_ANSWER_BYTES,
    (a) => a.body.length + (a.gzip?.length ?? 0) + (a.br?.length ?? 0),
  ),
}

/** Called with every content version seen; a new version empties the cache. @param {string} version */
export function useVersion(version) {
  if (store.version === version) return
  store.version = version
  clearPageCache()
}

/** @param {string} key a cache key (pageCacheKey) @returns {CachedPage | undefined} */
export function getCachedPage(key) {
  const page = store.pages.get(key) ?? store.notFound.get(key)
  return page?.version === store.version ? store.answers.get(page.answer) : undefined
}

/** Text compresses; images (share cards) are compressed already. @param {[string, string][]} headers */
const isText = (headers) =>
  /^(text\/|application\/(json|xml|javascript))|\+xml/.test(
    headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '',
  )

/**
 * A rendered answer that is not to be kept (a search, /healthz), ready for cachedAnswer: with
 * its ETag and, when it is text, gzip at the default level, which costs well under a
 * millisecond for a page where brotli's best costs several, paid on every request here.
 * @param {{ status: number, headers: [string, string][], body: Buffer }} page
 * @returns {CachedPage}
 */
export function uncachedPage({ status, headers, body }) {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
  return { status, headers, etag, body, gzip: isText(headers) ? gzipSync(body) : null, br: null }
}

/**
 * Keeps a rendered answer for a key, compressed once: an answer already held for another
 * address (the same status, headers and body) is shared, not compressed or stored again.
 * @param {string} key a cache key (pageCacheKey)
 * @param {{ version: string, status: number, headers: [string, string][], body: Buffer }} page
 * @returns {CachedPage}
 */
export function cachePage(key, { version, status, headers, body }) {
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`
  const answer = createHash('sha1')
    .update(JSON.stringify([status, headers, etag]))
    .digest('hex')
  let entry = store.answers.get(answer)
  if (!entry) {
    const text = isText(headers)
    entry = {
      status,
      headers,
      etag,
      body,
      gzip: text ? gzipSync(body, { level: 9 }) : null,
      br: text
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : null,
    }
    store.answers.set(answer, entry)
  }
  const [into, other] =
    status === 404 ? [store.notFound, store.pages] : [store.pages, store.notFound]
  other.delete(key)
  into.set(key, { version, answer })
  return entry
}

export function clearPageCache() {
  store.pages.clear()
  store.notFound.clear()
  store.answers.clear()
}

/** How much the cache holds, for tests and benchmarks. */
export const pageCacheSize = () => ({
  pages: store.pages.map.size,
  notFound: store.notFound.map.size,
  answers: store.answers.map.size,
  bytes: store.answers.bytes,
})

// Headers this writer sets from the cached page itself, whatever the rendered page carried.
const WRITTEN_HERE = new Set(['etag', 'vary', 'content-encoding', 'content-length', 'x-cache'])

/** @typedef {{ headers: [string, string][], flat: string[] }} Head */

/** @type {WeakMap<CachedPage, Map<string, Head>>} each page's heads, by how it is sent */
const heads = new WeakMap()

/**
 * The headers of one way of sending a page (which body, hit or miss, 304 or not), made once
 * per page and kept with it: the cached-page path is measured against a bare Node server
 * sending the same bytes (npm run bench), and building the list per request cost a fifth of
 * that path's time. `flat` is the form Node's writeHead takes. Both are shared: read only.
 * @param {CachedPage} page
 * @param {'br' | 'gzip' | null} encoding
 * @param {Buffer} body
 * @param {boolean} rendered
 * @param {boolean} notModified
 * @returns {Head}
 */
function headOf(page, encoding, body, rendered, notModified) {
  let byWay = heads.get(page)
  if (!byWay) heads.set(page, (byWay = new Map()))
  const way = `${encoding}|${rendered}|${notModified}`
  let head = byWay.get(way)
  if (!head) {
    /** @type {[string, string][]} */
    const headers = [
      ...page.headers.filter(([name]) => !WRITTEN_HERE.has(name.toLowerCase())),
      ['etag', page.etag],
      ['vary', 'accept-encoding'],
      ['x-cache', rendered ? 'miss' : 'hit'],
    ]
    if (!notModified) {
      if (encoding) headers.push(['content-encoding', encoding])
      headers.push(['content-length', String(body.length)])
    }
    head = { headers, flat: headers.flat() }
    byWay.set(way, head)
  }
  return head
}

const BR = /\bbr\b/
const GZIP = /\bgzip\b/

/**
 * The answer to a request for a cached page, the one place that writes it: 304 when the
 * client holds this version (If-None-Match), otherwise the body compressed as the client
 * accepts (brotli, gzip or none), with the page's own headers, its ETag and Vary.
 * `X-Cache: miss` says the page was rendered for this request, `hit` that it came from the
 * cache (what the tests and an operator read to see that an address cost no render).
 * @param {CachedPage} page
 * @param {{ method?: string, acceptEncoding?: string | null, ifNoneMatch?: string | null, rendered?: boolean }} request
 * @returns {{ status: number, headers: [string, string][], flatHeaders: string[], body: Buffer | null }}
 */
export function cachedAnswer(page, { method, acceptEncoding, ifNoneMatch, rendered = false }) {
  if (ifNoneMatch === page.etag) {
    const head = headOf(page, null, page.body, rendered, true)
    return { status: 304, headers: head.headers, flatHeaders: head.flat, body: null }
  }
  const accepts = acceptEncoding ?? ''
  /** @type {['br' | 'gzip' | null, Buffer]} */
  const [encoding, body] =
    page.br && BR.test(accepts)
      ? ['br', page.br]
      : page.gzip && GZIP.test(accepts)
        ? ['gzip', page.gzip]
        : [null, page.body]
  const head = headOf(page, encoding, body, rendered, false)
  return {
    status: page.status,
    headers: head.headers,
    flatHeaders: head.flat,
    body: method === 'HEAD' ? null : body,
  }
}
