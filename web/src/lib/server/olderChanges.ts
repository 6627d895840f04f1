import type { ContentChanges } from '@mlops-guide/content'
import { Lru } from '@mlops-guide/server-runtime/lru'

import { anonymousClient } from './anonymousClient.ts'
import { fetchChanges } from './fetchContent.ts'
import { keptRead } from './keptRead.ts'

/*
 * Why /changes?page=N (the CMS's own paging) and not "older than sequence S" (?before=S):
 * the record grows only at its newest end, so a new change shifts every older page by one
 * entry, and a reader paging back meanwhile sees one entry twice but never misses one. In
 * return, pages by number need nothing new from the API, give "Newer" and "Newest" links
 * without a second query (a ?before=S page cannot name the page above it), and the addresses
 * are bounded by the pages the record has, so made-up numbers beyond it never reach the CMS.
 * What must stay citable is each entry's own address (`#change-<sequence>` and
 * `/changes/<sequence>/before`), not the page that lists it.
 */

/**
 * Older pages as the CMS answered them, misses (null) too. Keyed by the copy's newest entry
 * and count: a new entry shifts every page by one, and a rename (whose names these pages
 * show) is itself a new entry, so a page is never shown staler than the copy it follows.
 * Bounded: at most this many pages of a hundred small entries.
 */
const older = new Lru<Promise<ContentChanges | null>>(32)

/**
 * The `page` of `/changes?page=N`: absent, the first; a whole number from 1, that page;
 * anything else (`abc`, `-1`, `0`, `1e3`, a huge number) null, a 404.
 */
export function changesPageOf(param: string | null): number | null {
  if (param === null) return 1
  return /^[1-9]\d{0,8}$/.test(param) ? Number(param) : null
}

/**
 * Page `page` of the record of changes, a hundred entries, newest first: the first is the
 * site's copy (`copy`), an older one is read from the CMS on the anonymous budget
 * (anonymousClient) and kept. Null for a page beyond the record as the copy counts it, which
 * never reaches the CMS. Rejects when the CMS does not answer (or refuses: 429).
 */
export function changesPage(copy: ContentChanges, page: number): Promise<ContentChanges | null> {
  if (page === 1) return Promise.resolve(copy)
  if (page > copy.totalPages) return Promise.resolve(null)
  const key = `${page}@${copy.docs[0]?.sequence}/${copy.totalDocs}`
  return keptRead(older, key, () =>
    fetchChanges(anonymousClient(), page).then((read) =>
      // The record may have grown past the copy, which catches up within seconds: no link
      // yet to a page the copy does not count.
      read.docs.length > 0
        ? { ...read, hasNextPage: read.hasNextPage && page < copy.totalPages }
        : null,
    ),
  )
}
