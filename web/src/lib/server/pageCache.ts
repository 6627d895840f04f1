import { gzipSync, brotliCompressSync, constants } from 'node:zlib'

/**
 * Rendered pages, kept until the content changes. Every reader of a content version gets
 * the same HTML, so it is rendered and compressed once per version instead of per request.
 * (adapter-node compresses only prebuilt assets, never rendered pages: hence this.)
 */
export type CachedPage = {
  status: number
  headers: [string, string][]
  etag: string
  body: Buffer
  gzip: Buffer
  br: Buffer
}

const pages = new Map<string, CachedPage>()
const MAX_PAGES = 200 // the guide has a handful of pages; a bound all the same

export const getCachedPage = (key: string) => pages.get(key)

export function cachePage(key: string, page: Omit<CachedPage, 'gzip' | 'br'>): CachedPage {
  const entry: CachedPage = {
    ...page,
    gzip: gzipSync(page.body, { level: 9 }),
    br: brotliCompressSync(page.body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }),
  }
  if (pages.size >= MAX_PAGES) pages.delete(pages.keys().next().value!)
  pages.set(key, entry)
  return entry
}

export const clearPageCache = () => pages.clear()
