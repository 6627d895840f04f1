import type { Faq } from '@mlops-guide/content/types'

import { currentOf, type Guide } from '#lib/guide.ts'
import { learningPathText } from './learningPathPage.ts'

/**
 * The questions readers come with, as editors chose them (the guide page's title tab): each
 * links its answer on the home page and, when the checklist page structures that answer (the
 * learning order, the move from DevOps), the checklist too.
 */
export function answersFirst(guide: Guide) {
  const { hero, learningPath } = guide.page
  const label = learningPathText(guide).checklistLink
  const idOf = (faq: number | Faq | null | undefined) => currentOf(guide.docs.faqs, faq)?.id
  const checklistOf = (faq: Faq) => {
    if (faq.id === idOf(learningPath?.faq)) return '/learning-path'
    if (faq.id === idOf(learningPath?.transitionFaq)) return '/learning-path#transition'
    return null
  }
  return (hero.questions ?? [])
    .map((q) => currentOf(guide.docs.faqs, q))
    .filter((faq) => faq !== null)
    .map((faq) => {
      const checklist = checklistOf(faq)
      return {
        question: faq.question,
        href: `#${faq.slug}`,
        checklist: checklist ? { label, href: checklist } : null,
      }
    })
}
