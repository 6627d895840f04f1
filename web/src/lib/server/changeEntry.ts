import { ContentApiError, type ContentChanges } from '@mlops-guide/content'
import type { ContentChange } from '@mlops-guide/content/changes'
import { Lru } from '@mlops-guide/server-runtime/lru'

import { anonymousClient } from './anonymousClient.ts'
import { keptRead } from './keptRead.ts'

/**
 * Entries older than the site's copy, as the CMS answered them, misses (null) too: the record
 * never gains an entry below its newest, and what a "before" page shows of one (its moment,
 * title and figures) comes from its versions, which do not change. Bounded, so walking
 * thousands of old addresses holds no more than this many small objects.
 */
const older = new Lru<Promise<ContentChange | null>>(256)

/**
 * The `<sequence>` of `/changes/<sequence>/before`: a whole number from 1 that JavaScript
 * counts exactly (the CMS numbers events by the clock in microseconds), else null.
 */
export function sequenceOf(param: string): number | null {
  const n = /^[1-9]\d{0,15}$/.test(param) ? Number(param) : NaN
  return Number.isSafeInteger(n) ? n : null
}

/**
 * The entry of the record with this sequence: from the site's copy (the newest entries) when
 * it holds it, else from the CMS (GET /api/content-changes/{sequence}), but only below the
 * copy's oldest entry when the record reaches further back. A sequence inside or above the
 * copy that it lacks is no entry (a change made a moment ago reaches the copy within
 * seconds), so made-up numbers there never reach the CMS; those below it are asked on the
 * anonymous budget (anonymousClient). Rejects when the CMS does not answer (or refuses: 429).
 */
export function changeEntry(
  changes: ContentChanges | undefined,
  sequence: number,
): Promise<ContentChange | null> {
  const copy = changes?.docs ?? []
  const held = copy.find((c) => c.sequence === sequence)
  const oldest = copy.at(-1)?.sequence
  if (held || !changes?.hasNextPage || oldest === undefined || sequence >= oldest) {
    return Promise.resolve(held ?? null)
  }
  return keptRead(older, String(sequence), () =>
    anonymousClient()
      .contentChange(sequence)
      .catch((e: unknown) => {
        if (e instanceof ContentApiError && e.status === 404) return null
        throw e
      }),
  )
}
