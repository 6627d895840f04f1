import type { FigureChange } from '@mlops-guide/content/figures'

import type { Guide } from '#lib/guide.ts'
import { formatDate } from './parts.ts'

/** Where a changed figure is shown on the site: the band's or role's row, the stage's page. */
export function figurePath(change: Pick<FigureChange, 'collection' | 'document'>): string {
  const { slug } = change.document
  if (change.collection === 'career-stages') return `/career-path/${slug}`
  return `/salaries#${change.collection === 'roles' ? 'role' : 'band'}-${slug}`
}

/**
 * /changes and /changes.xml: every published change to a figure, newest first, as the CMS
 * made it from its version history (figure-changes); the words are the editors'.
 */
export function changesPageView(guide: Guide) {
  const text = guide.settings.changesPage ?? ({} as NonNullable<Guide['settings']['changesPage']>)
  const entries = (guide.changes?.docs ?? []).map((c) => ({
    id: c.id,
    date: formatDate(c.date),
    dateIso: c.date,
    subject: `${c.document.title}: ${c.figure}`,
    href: figurePath(c),
    old: c.old,
    new: c.new,
    source: c.source,
    asOf: c.asOf ? formatDate(c.asOf) : null,
    asOfIso: c.asOf?.slice(0, 10) ?? null,
  }))
  const newest = [...Object.values(guide.changes?.figuresUpdated ?? {})]
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1)
  return {
    text,
    entries,
    updatedIso: newest ?? guide.page.updatedAt ?? guide.page.createdAt ?? new Date(0).toISOString(),
    guideTitle: guide.page.hero.title,
  }
}
export type ChangesPageView = ReturnType<typeof changesPageView>
