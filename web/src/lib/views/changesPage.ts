import type {
  ContentChange,
  ContentChanges,
  FigureDiff,
  NamedDocument,
} from '@mlops-guide/content/changes'
import type { PublicChange } from '@mlops-guide/content/events'
import { isFigureCollection } from '@mlops-guide/content/figures'

import type { Guide } from '#lib/guide.ts'
import { formatDate } from './parts.ts'
import { publishedPath } from './publishedAt.ts'
import { fill } from './stagePay.ts'

type Words = NonNullable<Guide['settings']['changesPage']>

/**
 * Where a changed document is shown: a band's or role's row on /salaries, else where the
 * site shows it (publishedAt.ts). None for one readers can no longer see.
 */
function hrefOf(guide: Guide, { document, slug }: NamedDocument, change: PublicChange) {
  if (change === 'unpublished' || change === 'deleted') return null
  if (document.kind === 'collection' && isFigureCollection(document.slug) && slug) {
    if (document.slug === 'career-stages') return `/career-path/${slug}`
    return `/salaries#${document.slug === 'roles' ? 'role' : 'band'}-${slug}`
  }
  return publishedPath(guide, document)
}

/** What the record calls a document: its title, else (a deleted one) its collection and id. */
const nameOf = ({ document, title }: NamedDocument) =>
  title ?? (document.kind === 'global' ? document.slug : `${document.slug} ${document.id}`)

/** What happened, in the editors' words (the change's own name if they left one empty). */
function happenedIn(words: Words, change: PublicChange): string {
  const word = {
    published: words.publishedLabel,
    updated: words.updatedLabel,
    unpublished: words.unpublishedLabel,
    deleted: words.deletedLabel,
  } satisfies Record<PublicChange, string | null | undefined>
  return word[change] || change
}

/**
 * Where the guide is shown as it read just before a change (routes/(site)/changes/
 * [sequence]/before), for an entry whose moment the record gives.
 */
const beforePath = (sequence: number) => `/changes/${sequence}/before`

/** One entry of the record as /changes shows it, in the editors' words. */
export function changeEntryView(guide: Guide, c: ContentChange) {
  const text = guide.settings.changesPage ?? ({} as Words)
  const entry = {
    id: c.sequence,
    date: formatDate(c.time),
    dateIso: c.time,
    subject: nameOf(c),
    href: hrefOf(guide, c, c.change),
    /** The figures it changed; when none, `happened` says what it was. */
    figures: c.figures,
    happened: happenedIn(text, c.change),
    source: c.source,
    asOf: c.asOf ? formatDate(c.asOf) : null,
    asOfIso: c.asOf?.slice(0, 10) ?? null,
    alsoChanged: c.alsoChanged.map((d) => ({ name: nameOf(d), href: hrefOf(guide, d, 'updated') })),
    /** The release it was published with, all at once (older records have none). */
    release: c.release?.title ?? null,
    /** The moment just before it (for an update or an unpublish), and where the guide is shown as it read then. */
    moment: c.before ?? null,
    before: c.before ? beforePath(c.sequence) : null,
  }
  return {
    ...entry,
    /**
     * The "before" link's name for screen readers: the entries' links read alike ("The guide
     * before this change"), so each is named after its own change, in the editors' template.
     */
    beforeName: fill(text.beforeLinkName ?? '', { change: entryLine(entry), date: entry.date }),
  }
}

/** The address of a page of the record: the first is /changes itself. */
export const changesPath = (page: number) => (page === 1 ? '/changes' : `/changes?page=${page}`)

/** The links between the pages of the record, and which page this is (from the second on). */
function pagerOf(text: Words, changes: ContentChanges | undefined) {
  const page = changes?.page ?? 1
  const pages = String(changes?.totalPages ?? 1)
  return {
    older: changes?.hasNextPage ? changesPath(page + 1) : null,
    newer: page > 1 ? changesPath(page - 1) : null,
    // From the third page on; on the second the newer page is the newest.
    newest: page > 2 ? changesPath(1) : null,
    pageOf: page > 1 ? fill(text.pageOf ?? '', { page: String(page), pages }) : null,
  }
}

/**
 * /changes and /changes.xml: the changes readers saw, newest first, as the CMS records them
 * from its content events (/api/content-changes), a page at a time (the site's copy holds
 * the first, the newest); the words are the editors'.
 */
export function changesPageView(guide: Guide, changes: ContentChanges = guide.changes) {
  const text = guide.settings.changesPage ?? ({} as Words)
  const entries = (changes?.docs ?? []).map((c) => changeEntryView(guide, c))
  return {
    text,
    entries,
    pager: pagerOf(text, changes),
    updatedIso:
      entries[0]?.dateIso ??
      guide.page.updatedAt ??
      guide.page.createdAt ??
      new Date(0).toISOString(),
    guideTitle: guide.page.hero.title,
  }
}
export type ChangesPageView = ReturnType<typeof changesPageView>
type EntryText = { subject: string; figures: FigureDiff[]; happened: string }

/** An entry as one line of text (the feed's titles): `Senior: Base salary: $210k-$270k → $217k-$270k`. */
export const entryLine = (entry: EntryText) =>
  `${entry.subject}: ${
    entry.figures.length > 0
      ? entry.figures.map((f) => `${f.figure}: ${f.old} → ${f.new}`).join('; ')
      : entry.happened
  }`
