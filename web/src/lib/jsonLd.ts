import type { BreadcrumbList, Thing, WithContext } from 'schema-dts'

/**
 * schema.org data (typed by schema-dts) as JSON for a <script type="application/ld+json">:
 * every "<" is escaped, so no text in it can close the script element.
 */
export const jsonLdText = (data: WithContext<Thing>) =>
  JSON.stringify(data).replace(/</g, '\\u003c')

/** A JSON-LD element for the page head, from JSON already escaped for it (jsonLdText). */
export const jsonLdElement = (json: string) => `<script type="application/ld+json">${json}</script>`

/**
 * schema.org BreadcrumbList of a page's trail (Breadcrumbs.svelte): each step's name and
 * absolute address, the last step being the page itself (`pageUrl`).
 */
export function breadcrumbJsonLd(
  items: { label: string; href?: string }[],
  siteUrl: string,
  pageUrl: string,
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.label,
      item: i === items.length - 1 ? pageUrl : new URL(item.href ?? '/', siteUrl).href,
    })),
  }
}
