import type { GuideCollectionSlug } from '@mlops-guide/content'
import type { DocumentRef } from '@mlops-guide/content/events'

import type { Guide } from '#lib/guide.ts'

const inList = (list: { id: number; slug: string }[], id: number | string) =>
  list.find((d) => d.id === id)

/** Where readers find a document of each collection on the published site. */
const PUBLISHED_AT = {
  'career-stages': (guide, id) => {
    const stage = inList(guide.docs['career-stages'], id)
    return stage ? `/career-path/${stage.slug}` : '/#career-path'
  },
  faqs: (guide, id) => {
    const faq = inList(guide.docs.faqs, id)
    return faq ? `/#${faq.slug}` : '/#faq'
  },
  'salary-bands': () => '/#salaries',
  roles: () => '/#comparison',
  tools: (guide, id) => {
    const tool = inList(guide.docs.tools, id)
    return tool ? `/skills/${tool.slug}` : '/skills'
  },
  'tool-categories': () => '/#core-skills',
  companies: () => '/#companies',
  'company-groups': () => '/#companies',
} satisfies Record<GuideCollectionSlug, (guide: Guide, id: number | string) => string>

/**
 * The page (and place on it) where readers find a published document; a global is the whole
 * guide, shown from its home page. A document not (or no longer) published gets the section
 * it would be in, so the link is never dead.
 */
export function publishedPath(guide: Guide, document: DocumentRef | null): string {
  if (!document || document.kind === 'global') return '/'
  return PUBLISHED_AT[document.slug](guide, document.id)
}
