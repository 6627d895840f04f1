/** A JSON-LD element for the page head, from JSON already escaped for it (server/seo.ts). */
export const jsonLdElement = (json: string) => `<script type="application/ld+json">${json}</script>`
