import escapeHTML from 'escape-html'
import type { Media } from '@mlops-guide/content/types'

/**
 * Where the site serves an uploaded file: its own /media/<filename>, which it fetches from
 * the CMS (web/src/routes/media/[file]/+server.ts). The site's CSP allows images from
 * 'self' only, and readers may not be able to reach the CMS at all, so the HTML never
 * points at the CMS's own /api/media/file/ address.
 */
export const siteMediaPath = (filename: string) => `/media/${encodeURIComponent(filename)}`

/** How wide an image shows: the full column up to the site's reading width (48rem). */
const SIZES = '(max-width: 48rem) 100vw, 48rem'

/**
 * An uploaded image as readers get it: every size Payload made (Media's imageSizes) plus the
 * original in `srcset`, so the browser fetches the smallest that fills the column; lazily
 * loaded, with its width and height so the page does not jump, and its required alt text.
 */
export function imageHtml(image: Media): string {
  if (!image.filename) return ''
  const candidates = [
    ...Object.values(image.sizes ?? {}).flatMap((size) =>
      size?.filename && size.width ? [`${siteMediaPath(size.filename)} ${size.width}w`] : [],
    ),
    ...(image.width ? [`${siteMediaPath(image.filename)} ${image.width}w`] : []),
  ]
  const attributes = {
    src: siteMediaPath(image.filename),
    srcset: candidates.length > 1 ? candidates.join(', ') : undefined,
    sizes: candidates.length > 1 ? SIZES : undefined,
    width: image.width ?? undefined,
    height: image.height ?? undefined,
    alt: image.alt,
    loading: 'lazy',
    decoding: 'async',
  }
  const html = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}="${escapeHTML(String(value))}"`)
    .join(' ')
  return `<img ${html}>`
}
