import { COLLECTION_SLUGS } from './collections.ts'

/**
 * Whether the site can render a copy of the published content, and if not, why: the one rule
 * the site applies before a fetched copy replaces the one it serves (it keeps the last good
 * copy otherwise) and the CMS dashboard applies to what is published now.
 *
 * A copy is unrenderable when a global the site's every page reads is missing or empty (an
 * unpublished global reads as `{}` anonymously), or a collection did not come back as a list.
 * Required fields inside a published global are Payload's to enforce; this only checks that
 * the parts every page reads (the guide page's sections, the navigation) are there.
 */
export type PublishedContent = {
  page: unknown
  settings: unknown
  /** Every guide collection's published documents; left out, only the globals are checked. */
  docs?: Record<string, unknown>
}

/** The guide page's sections (tabs), each read by the home page and the site's chrome. */
const PAGE_SECTIONS = [
  'hero',
  'why',
  'what',
  'comparison',
  'skills',
  'careerPath',
  'companies',
  'salaries',
  'faq',
  'nextSteps',
  'labels',
] as const

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/** Why the site could not render `content`: one sentence per problem, none when it can. */
export function unrenderableReasons(content: PublishedContent): string[] {
  const reasons: string[] = []
  const { page, settings, docs } = content

  if (!isObject(page) || !isObject(page.hero) || !filled(page.hero.title)) {
    reasons.push('the guide page has no published title (is it unpublished?)')
  } else {
    const missing = PAGE_SECTIONS.filter((section) => !isObject(page[section]))
    if (missing.length > 0) reasons.push(`the guide page lacks ${missing.join(', ')}`)
  }

  if (!isObject(settings) || !Array.isArray(settings.navigation)) {
    reasons.push('the site settings are not published (no navigation)')
  } else if (settings.navigation.length === 0) {
    reasons.push('the site settings have no navigation links')
  }

  if (docs) {
    const absent = COLLECTION_SLUGS.filter((slug) => !Array.isArray(docs[slug]))
    if (absent.length > 0) reasons.push(`no list of ${absent.join(', ')}`)
  }
  return reasons
}
