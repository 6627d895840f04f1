import type { Faq, Tool } from '@mlops-guide/content/types'

import { currentOf, type Guide } from '#lib/guide.ts'
import { skillPath } from './parts.ts'

/** Longer lists of ticked skills are refused (400): every tool of the guide fits many times over. */
export const MAX_DONE_LENGTH = 2000

export type ReadDone = { done: Set<string> } | { problem: string }

/**
 * The ticked skills in an address: `?done=docker,kubernetes` (the shared link) or
 * `?done=docker&done=kubernetes` (the form sent without script), in any mix. Unknown and
 * repeated slugs change nothing (the page ticks only the tools it lists); too long a list is
 * a problem named for the reader.
 */
export function readDone(params: URLSearchParams): ReadDone {
  const values = params.getAll('done')
  const length = values.join(',').length
  if (length > MAX_DONE_LENGTH) {
    return {
      problem: `done: the ticked skills can be at most ${MAX_DONE_LENGTH} characters long; these are ${length}`,
    }
  }
  return { done: new Set(values.flatMap((v) => v.split(',')).map((s) => s.trim())) }
}

type Item = { id?: string | null; text: string; tools?: (number | Tool)[] | null }

const itemView = (guide: Guide, item: Item, done: Set<string>) => ({
  text: item.text,
  tools: (item.tools ?? [])
    .map((t) => currentOf(guide.docs.tools, t))
    .filter((t) => t !== null)
    .map((t) => ({
      slug: t.slug,
      // In full, as the guide's sentence names it ("Kubernetes", not "K8s").
      name: t.name,
      href: skillPath(t.slug),
      done: done.has(t.slug),
    })),
})

/** Where a FAQ answers on the home page (its anchor), or null when it is not published. */
const answerHref = (guide: Guide, faq: number | Faq | null | undefined) => {
  const doc = currentOf(guide.docs.faqs, faq)
  return doc ? { question: doc.question, href: `/#${doc.slug}` } : null
}

/** The checklist page's words (site settings); empty in a copy saved before they existed. */
export const learningPathText = (guide: Guide) =>
  guide.settings.learningPathPage ?? ({} as NonNullable<Guide['settings']['learningPathPage']>)

/**
 * The checklist page: the guide's learning order, one checkbox per tool of a step (ticked
 * when the address names it), and what carries over from DevOps and what to learn, each with
 * the FAQ answer it comes from.
 */
export function learningPathPageView(guide: Guide, done: Set<string>) {
  const path = guide.page.learningPath
  return {
    text: learningPathText(guide),
    guideTitle: guide.page.hero.title,
    order: answerHref(guide, path?.faq),
    steps: (path?.steps ?? []).map((s) => itemView(guide, s, done)),
    transition: answerHref(guide, path?.transitionFaq),
    carriesOver: (path?.carriesOver ?? []).map((s) => itemView(guide, s, done)),
    toLearn: (path?.toLearn ?? []).map((s) => itemView(guide, s, done)),
  }
}
export type LearningPathPageView = ReturnType<typeof learningPathPageView>
