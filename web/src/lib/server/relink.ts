import { matchSitePath } from '@mlops-guide/content/site-routes'

import type { Guide } from '#lib/guide.ts'

/** For a link on a page: the address it leads to now, or null to keep its words unlinked. */
export type LinkTarget = (href: string) => string | null

type Addressed = { id: number; slug?: string | null }

/**
 * Where the links of the guide as it read at a moment (`then`) lead today, decided from the
 * current guide (`now`): a stage's or skill's page whose slug a published document has now
 * stays as it is; the page of a document renamed since leads to its current page (by its id);
 * any other (its document deleted or unpublished since) leads nowhere, so its words stay
 * without a link. Every other address (a page without a slug, an anchor, another site) stays.
 */
export function linkTargets(then: Guide, now: Guide): LinkTarget {
  return (href) => {
    const match = matchSitePath(href)
    if (!match?.slug) return href
    const current = now.docs[match.collection] as Addressed[]
    if (current.some((d) => d.slug === match.slug)) return href
    const was = (then.docs[match.collection] as Addressed[]).find((d) => d.slug === match.slug)
    const renamed = was && current.find((d) => d.id === was.id)
    if (!renamed?.slug) return null
    const pathname = href.split(/[?#]/)[0]!
    return `${match.route.replace('[slug]', renamed.slug)}${href.slice(pathname.length)}`
  }
}

/**
 * A link as Svelte and the rich-text converter write one: `href` double-quoted, anchors never
 * nested. A regular expression rather than an HTML parser: the site's own rendered page is the
 * only input, and the site has no parser among its dependencies.
 */
const LINK = /<a\b([^>]*?)\shref="([^"]*)"([^>]*)>([\s\S]*?)<\/a>/g

/**
 * A rendered page with each link led where `target` says: to another address, or (null) its
 * words alone. An address rewritten keeps the attribute's escaping: only a path with a slug
 * (letters, digits, dashes) is replaced, the rest of it is copied as written.
 */
export function relinked(html: string, target: LinkTarget): string {
  return html.replace(LINK, (whole, before: string, href: string, after: string, words: string) => {
    const to = target(href)
    if (to === null) return words
    return to === href ? whole : `<a${before} href="${to}"${after}>${words}</a>`
  })
}
