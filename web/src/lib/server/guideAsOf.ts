import type { ContentChanges } from '@mlops-guide/content'
import { Lru } from '@mlops-guide/server-runtime/lru'

import type { Guide } from '#lib/guide.ts'
import { fetchGuideAsOf } from './fetchContent.ts'
import { siteClient as client } from './siteClient.ts'

/** Guides as they read at a moment: a settled moment's never changes, so it is kept. */
const kept = new Lru<Promise<Guide>>(16)
let lastRead: Promise<unknown> = Promise.resolve()

/**
 * A moment under a minute old can still gain a write that began before it and commits later
 * (the CMS answers such a read `no-cache`, cms/src/api/asOf/asOfParam.ts SETTLE_MS): its
 * guide is not kept. The page cache holds the page until the content changes.
 */
const SETTLE_MS = 60_000

/**
 * The guide as published at `at`, one of the moments the record of changes holds (the route
 * asks for no other). Kept for the last 16 settled moments asked for, and read one at a time:
 * each read asks the CMS for every collection, and a burst of them must not spend the API
 * budget that keeps the current guide fresh.
 */
export function guideAsOf(at: string, changes: ContentChanges): Promise<Guide> {
  let guide = kept.get(at)
  if (!guide) {
    guide = lastRead.then(() => fetchGuideAsOf(client, at, changes))
    lastRead = guide.catch(() => undefined)
    // A failed read (the CMS restarting) is tried again next time.
    guide.catch(() => kept.delete(at))
    if (Date.now() - Date.parse(at) > SETTLE_MS) kept.set(at, guide)
  }
  return guide
}
