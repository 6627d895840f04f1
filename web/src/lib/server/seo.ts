import { WEB_PUBLIC_URL } from '$app/env/private'
import type { FAQPage, WithContext } from 'schema-dts'

import { jsonLdText } from '#lib/jsonLd.ts'

import { plainText } from './plainText.ts'
import { shareCardPath } from './shareCards/cards.ts'

export type Seo = {
  title: string
  description: string
  canonical: string
  image: string
  /** What the share card shows, when it carries more than the title (its key figure). */
  imageAlt: string
}

/**
 * A page's title, description, address, and share card (a PNG of its own, /og/...), whose
 * alt text is `imageAlt` (shareCardAlt) or else the title.
 */
export const seo = (
  title: string,
  description: string,
  path: string,
  imageAlt: string | null = null,
): Seo => ({
  title,
  description,
  canonical: `${WEB_PUBLIC_URL}${path}`,
  image: `${WEB_PUBLIC_URL}${shareCardPath(path)}`,
  imageAlt: imageAlt ?? title,
})

/** A page beside the guide: "<its title> | <the guide's title>", its description or none. */
export const subpageSeo = (
  guideTitle: string,
  text: { title: string; description?: string | null },
  path: string,
  imageAlt: string | null = null,
): Seo => seo(`${text.title} | ${guideTitle}`, text.description ?? '', path, imageAlt)

/** schema.org FAQPage, serialised for a <script type="application/ld+json"> (jsonLdText). */
export function faqJsonLd(faqs: { question: string; html: string }[]): string {
  const data: WithContext<FAQPage> = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faqs.map((f) => ({
      '@type': 'Question',
      name: f.question,
      acceptedAnswer: { '@type': 'Answer', text: plainText(f.html) },
    })),
  }
  return jsonLdText(data)
}
