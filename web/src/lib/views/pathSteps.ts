import type { Faq } from '@mlops-guide/content/types'
import type { Guide } from '#lib/guide.ts'
import type { StageView } from './parts.ts'
import { fill } from './stagePay.ts'

/**
 * What the career path adds to a stage beyond its own facts: what to learn next (derived from
 * the next stage's key skills) and the guide's answers an editor marked as being for it.
 */

export type LearnNext = {
  next: { title: string; href: string }
  /** Says how the list was made: "Derived from the key skills of the next stage, …". */
  note: string
  skills: StageView['skills']
}

/**
 * The key skills of the stage after `path[index]` that neither it nor an earlier stage lists
 * (the path builds: a senior engineer learned the junior stage's skills). Null for the last
 * stage, and when the next stage asks nothing new: the guide says no more than that.
 */
export function learnNext(path: StageView[], index: number, template: string): LearnNext | null {
  const next = path[index + 1]
  if (!next) return null
  const known = new Set(path.slice(0, index + 1).flatMap((s) => s.skills.map((k) => k.slug)))
  const skills = next.skills.filter((k) => !known.has(k.slug))
  if (!skills.length) return null
  return {
    next: { title: next.title, href: `/career-path/${next.slug}` },
    note: fill(template, { next: next.title }),
    skills,
  }
}

export type Answer = { question: string; href: string }

const idOf = (value: number | { id: number }) => (typeof value === 'number' ? value : value.id)

/** A question of the guide, linked where the home page shows it (its anchor is its slug). */
const answerLink = (f: Faq): Answer => ({ question: f.question, href: `/#${f.slug}` })

/**
 * The guide's answers for some stages, or for readers coming from a role: those an editor
 * marked as such (the FAQ's "For the career stages" and "For readers coming from"), in the
 * guide's order.
 */
export function answersFor(
  guide: Guide,
  stageSlugs: string[],
  roleSlug: string | null = null,
): Answer[] {
  const stageIds = guide.docs['career-stages']
    .filter((s) => stageSlugs.includes(s.slug))
    .map((s) => s.id)
  const roleId = guide.docs.roles.find((r) => r.slug === roleSlug)?.id
  return guide.docs.faqs
    .filter(
      (f) =>
        (f.stages ?? []).some((s) => stageIds.includes(idOf(s))) ||
        (roleId != null && (f.fromRoles ?? []).some((r) => idOf(r) === roleId)),
    )
    .map(answerLink)
}
