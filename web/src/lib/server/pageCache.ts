import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/**
 * Rendered pages, kept until the content changes. Every reader of a content version gets
 * the same HTML, so it is rendered and compressed once per version instead of per request.
 * (adapter-node compresses only prebuilt assets, never rendered pages: hence this.)
 *
 * The store sits on globalThis under a registered symbol so that web/server.js, the
 * process's HTTP entry, can answer cache hits before SvelteKit's request machinery runs:
 * that path is what makes a page as cheap to serve as a static file (see bench/).
 */
export type CachedPage = {
  version: string
  status: number
  headers: [string, string][]
  etag: string
  body: Buffer
  gzip: Buffer
  br: Buffer
}

type Store = { version: string; pages: Map<string, CachedPage> }

const KEY = Symbol.for('mlops-guide.page-cache')
const holder = globalThis as unknown as Record<symbol, Store | undefined>
const store: Store = (holder[KEY] ??= { version: '', pages: new Map() })

const MAX_PAGES = 200 // the guide has a handful of pages; a bound all the same

/** Called with every content version seen; a new version empties the cache. */
export function useVersion(version: string) {
  if (store.version === version) return
  store.version = version
  store.pages.clear()
}

export function getCachedPage(key: string): CachedPage | undefined {
  const page = store.pages.get(key)
  return page?.version === store.version ? page : undefined
}

export function cachePage(key: string, page: Omit<CachedPage, 'gzip' | 'br'>): CachedPage {
  const entry: CachedPage = {
    ...page,
    gzip: gzipSync(page.body, { level: 9 }),
    br: brotliCompressSync(page.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  }
  if (store.pages.size >= MAX_PAGES) store.pages.delete(store.pages.keys().next().value!)
  store.pages.set(key, entry)
  return entry
}

export const clearPageCache = () => store.pages.clear()
