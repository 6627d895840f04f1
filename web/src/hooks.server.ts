import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks'
import {
  CMS_PUBLIC_URL,
  FRAME_ANCESTORS,
  NODE_ENV,
  REVALIDATE_SECRET,
  SITE_API_KEY,
} from '$app/env/private'
import {
  cachedAnswer,
  cachePage,
  getCachedPage,
  pageCacheKey,
  uncachedPage,
  useVersion,
  type CachedPage,
} from '@mlops-guide/server-runtime/page-cache'

import { typeset } from '@mlops-guide/content/format'

import { getSnapshot } from '#lib/server/contentStore.ts'
import { relinked } from '#lib/server/relink.ts'

/**
 * Production refuses to start without the secret that verifies the CMS's change notices,
 * or without its own API key (else it would read as an anonymous client, on its address's
 * budget).
 */
export const init: ServerInit = () => {
  if (NODE_ENV !== 'production') return
  for (const [name, value] of Object.entries({ REVALIDATE_SECRET, SITE_API_KEY })) {
    if (value.length < 32) {
      throw new Error(
        `${name} must be set to a random value of at least 32 characters in production`,
      )
    }
  }
}

/** Lets a CDN serve from its cache, refresh in the background, and ride out an outage. */
const PAGE_CACHE_CONTROL = 'public, max-age=10, stale-while-revalidate=60, stale-if-error=86400'

/**
 * Every page's HTML goes out with the site's one typographic rule for dashes (typeset: the
 * guide's " -- " as " — "), so no text of any source, field or rich text shows a raw double
 * hyphen while the stored text stays as its editors wrote it. A page whose loader says where
 * its links lead now (App.Locals.linkTarget: the guide as it read at a moment) has each link
 * led so, whichever component or rich text wrote it.
 */
async function render({ event, resolve }: Parameters<Handle>[0]) {
  const { locals } = event
  const response = await resolve(event, {
    transformPageChunk: ({ html }) =>
      locals.linkTarget ? relinked(typeset(html), locals.linkTarget) : typeset(html),
  })
  const status = event.locals.pageStatus
  // A page rendered for a request its loader refused (App.Locals.pageStatus): the same page,
  // under the status the loader asked for.
  if (!status || response.status !== 200) return response
  return new Response(response.body, { status, headers: response.headers })
}

/** A cached page as a Response, written by the page cache's one writer (cachedAnswer). */
function respond(page: CachedPage, request: Request, rendered: boolean): Response {
  const answer = cachedAnswer(page, {
    method: request.method,
    acceptEncoding: request.headers.get('accept-encoding'),
    ifNoneMatch: request.headers.get('if-none-match'),
    rendered,
  })
  return new Response(answer.body && new Uint8Array(answer.body), {
    status: answer.status,
    headers: answer.headers,
  })
}

/** The cache key of the answer for every address no route matches (keys are paths: '/...'). */
const NO_ROUTE = '404: no route'

const isPreview = (url: URL) => url.pathname.startsWith('/preview/')

// From the environment, so worked out once rather than on every answer.
const CMS_ORIGIN = new URL(CMS_PUBLIC_URL).origin
const PUBLIC_FRAME_ANCESTORS = FRAME_ANCESTORS.length ? FRAME_ANCESTORS.join(' ') : "'none'"

/**
 * Headers every answer carries, on top of the CSP SvelteKit writes (svelte.config.js).
 * Public pages may be framed only by FRAME_ANCESTORS (nobody by default). A preview is
 * framed by the CMS admin, calls the CMS API from the browser, and is never stored or
 * indexed; its token is never sent on as a Referer.
 */
function secure(response: Response, url: URL): Response {
  const preview = isPreview(url)
  let csp = response.headers.get('content-security-policy')
  if (csp) {
    csp += `; frame-ancestors ${preview ? CMS_ORIGIN : PUBLIC_FRAME_ANCESTORS}`
    if (preview) {
      csp += `; connect-src 'self' ${CMS_ORIGIN}`
      // SvelteKit's client router adds its (visually hidden) route announcer with an inline
      // style; only this editor-only, script-running page needs that allowance.
      csp = csp.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    }
    response.headers.set('content-security-policy', csp)
  }
  response.headers.set('x-content-type-options', 'nosniff')
  response.headers.set(
    'referrer-policy',
    preview ? 'no-referrer' : 'strict-origin-when-cross-origin',
  )
  if (preview) {
    response.headers.set('cache-control', 'private, no-store')
    response.headers.set('x-robots-tag', 'noindex')
  }
  return response
}

/**
 * Pages and share cards are answered from the page cache, rendered once per content version
 * and cache key: an address's query string counts only where the page reads it
 * (pageCacheKey), so `/og/home.png?v=2` or `/?utm_source=x` costs no render of its own.
 */
export const handle: Handle = async (input) => {
  const { event } = input
  const { request, url } = event
  // Not SvelteKit's data requests (<page>/__data.json): for those event.url is the page's
  // own address, and their JSON was once kept as the page. The guide's pages never make them
  // (csr = false). Nor images (/media/), which the CMS holds and browsers cache.
  const cacheable =
    (request.method === 'GET' || request.method === 'HEAD') &&
    !event.isDataRequest &&
    !url.pathname.startsWith('/api/') &&
    !url.pathname.startsWith('/media/') &&
    !isPreview(url)
  if (!cacheable) return secure(await render(input), url)

  const version = await getSnapshot().then(
    (snapshot) => snapshot.version,
    () => null, // no content at all: the page's own error handling answers
  )
  if (version === null) return secure(await render(input), url)
  useVersion(version)
  // The address as asked for, as web/server.js reads it (event.url can be rewritten). An
  // address no route matches gets the one "Page not found" page, whatever the address: it is
  // kept once, under a key no address has, and not rendered again (bench:og: rendering it
  // per address grew the process by several kB each).
  const asked = new URL(request.url)
  const key = event.route.id === null ? NO_ROUTE : pageCacheKey(asked.pathname + asked.search)
  const hit = getCachedPage(key)
  if (hit) return respond(hit, request, false)

  // Secured before caching: web/server.js serves cached pages with exactly these headers.
  const response = secure(await render(input), url)
  if (response.status !== 200 && response.status !== 404) return response
  const body = Buffer.from(await response.arrayBuffer())
  const headers = [...response.headers].filter(([k]) => k !== 'content-length')
  // An answer that says it must not be stored (/healthz, a search) is not kept here either,
  // but is still compressed; nor one its loader says may change without a content event
  // (a missing stage or skill page: lib/server/oldAddress.ts).
  if (
    event.locals.notKept ||
    /\b(no-store|private)\b/.test(response.headers.get('cache-control') ?? '')
  ) {
    return respond(uncachedPage({ status: response.status, headers, body }), request, true)
  }
  if (!response.headers.has('cache-control')) headers.push(['cache-control', PAGE_CACHE_CONTROL])
  return respond(cachePage(key, { version, status: response.status, headers, body }), request, true)
}

/**
 * Since SvelteKit 3 every error passes here, the ones our loaders raise with `error()`
 * included (kind 'app'): those keep their own status and message. A page SvelteKit cannot
 * find reads "Page not found"; anything unexpected is logged and shown without details.
 */
export const handleError: HandleServerError = (caught) => {
  const { event } = caught
  if (caught.kind === 'framework' && caught.error.status === 404)
    return { message: 'Page not found' }
  if (caught.kind !== 'unknown') return
  console.error(`${event.request.method} ${event.url.pathname}:`, caught.error)
  return { message: 'Something went wrong on our side' }
}
