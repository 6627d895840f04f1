import { ContentApiError, createContentClient, type ContentClient } from '@mlops-guide/content'
import { useVersion } from '@mlops-guide/server-runtime/page-cache'
import { error } from '@sveltejs/kit'
import { isFigureCollection } from '@mlops-guide/content/figures'
import { unrenderableReasons } from '@mlops-guide/content/renderable'
import type { ChangeNotice, ChangeTarget } from '@mlops-guide/content/webhook'
import {
  CMS_INTERNAL_URL,
  CONTENT_REFRESH_SECONDS,
  CONTENT_SNAPSHOT_FILE,
  SITE_API_KEY,
} from '$app/env/private'
import fs from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

import type { Guide } from '#lib/content.ts'
import { withDocument, withoutDocument } from '#lib/withDocument.ts'
import { fetchGuide } from './fetchContent.ts'
import { writeAtomic } from './writeAtomic.ts'

/**
 * The site's copy of the content. Pages are served from memory, never waiting on the CMS:
 * - each of the CMS's change notices (see /api/revalidate) fetches just the document or
 *   global it names and puts it in place (a full refetch of a large guide took seconds);
 * - a slow timer refetches everything, in case a notice was lost;
 * - a failed fetch keeps the last good copy; the last good copy is also kept on disk,
 *   so a site that starts while the CMS is down still serves the guide.
 */
type Snapshot = { guide: Guide; version: string; fetchedAt: string }

// The site reads as its own named API client (the CMS's "Public site" key): its own rate
// limit, which no one else on its address can spend.
const client: ContentClient = createContentClient({
  baseUrl: CMS_INTERNAL_URL,
  apiKey: SITE_API_KEY || undefined,
  timeoutMs: 5000,
})
let current: Snapshot | null = null
let inflight: Promise<Snapshot> | null = null
let timer: ReturnType<typeof setInterval> | null = null

const versionOf = (guide: Guide) => {
  // The newest updatedAt plus the counts: changes on any edit, publish or delete.
  const docs: { updatedAt?: string | null }[] = [
    guide.page,
    guide.settings,
    ...Object.values(guide.docs).flat(),
  ]
  const newest = docs.reduce((m, d) => (d.updatedAt && d.updatedAt > m ? d.updatedAt : m), '')
  return `${newest}|${docs.length}`
}

// Written at most once a second: a burst of notices (a bulk import) would otherwise write
// the whole guide to disk once per document.
let pendingWrite: ReturnType<typeof setTimeout> | null = null
function saveSoon() {
  pendingWrite ??= setTimeout(() => {
    pendingWrite = null
    if (current) writeSnapshot(current)
  }, 1000)
  pendingWrite.unref()
}

/**
 * Makes `guide` the current copy, unless the site could not render it (an unpublished guide
 * page reads as `{}`): then the last good copy stays, and with none yet this throws, so the
 * caller falls back to the copy on disk. The CMS dashboard shows the same rule's reasons.
 */
function commit(guide: Guide): Snapshot {
  const reasons = unrenderableReasons(guide)
  if (reasons.length > 0) {
    const kept = current ? `serving the copy from ${current.fetchedAt}` : 'no copy in memory'
    const message = `content not taken, the site cannot render it: ${reasons.join('; ')}`
    console.error(`${message}; ${kept}`)
    if (!current) throw new Error(message)
    return current
  }
  current = { guide, version: versionOf(guide), fetchedAt: new Date().toISOString() }
  // Pages rendered from an older copy are answered no more (web/server.js answers cached
  // pages before any hook runs, so a timer refresh alone never reached them).
  useVersion(current.version)
  saveSoon()
  return current
}

function writeSnapshot(snapshot: Snapshot) {
  try {
    writeAtomic(CONTENT_SNAPSHOT_FILE, JSON.stringify(snapshot))
  } catch (error) {
    console.warn(`content snapshot not written: ${(error as Error).message}`)
  }
}

function readSnapshot(): Snapshot | null {
  try {
    return JSON.parse(fs.readFileSync(CONTENT_SNAPSHOT_FILE, 'utf8')) as Snapshot
  } catch {
    return null
  }
}

/** Fetches the guide now; concurrent callers share one request. Throws when the CMS fails. */
export function refresh(): Promise<Snapshot> {
  inflight ??= fetchGuide(client)
    .then((guide) => {
      const changed = versionOf(guide) !== current?.version
      const snapshot = commit(guide)
      if (changed) writeSnapshot(snapshot)
      return snapshot
    })
    .finally(() => {
      inflight = null
    })
  return inflight
}

function startTimer() {
  if (timer || CONTENT_REFRESH_SECONDS <= 0) return
  timer = setInterval(() => {
    refresh().catch((e: Error) => console.warn(`content refresh failed: ${e.message}`))
  }, CONTENT_REFRESH_SECONDS * 1000)
  timer.unref()
}

/** The current content: from memory, else the CMS, else the last good copy on disk. */
export async function getSnapshot(): Promise<Snapshot> {
  startTimer()
  if (current) return current
  try {
    return await refresh()
  } catch (cause) {
    const saved = readSnapshot()
    if (!saved) {
      console.error(`CMS unreachable and no saved copy: ${(cause as Error).message}`)
      error(503, 'The guide is temporarily unavailable')
    }
    console.warn(
      `CMS unreachable (${(cause as Error).message}); serving the copy from ${saved.fetchedAt}`,
    )
    current = saved
    return saved
  }
}

export const getGuide = async () => (await getSnapshot()).guide

/** Whether a copy of the guide shows what a change notice announced. */
function reflects(guide: Guide, notice: ChangeNotice): boolean {
  if (notice.kind === 'global') {
    // A global is never deleted: with no version named, any copy shows it.
    const global = notice.slug === 'site-settings' ? guide.settings : guide.page
    if (notice.updatedAt === null) return true
    return global.updatedAt != null && global.updatedAt >= notice.updatedAt
  }
  const docs: { id: number; updatedAt: string }[] = guide.docs[notice.slug] ?? []
  const doc = docs.find((d) => String(d.id) === String(notice.id))
  if (notice.updatedAt === null) return doc === undefined
  // A later change than the announced one shows it too.
  return doc?.updatedAt != null && doc.updatedAt >= notice.updatedAt
}

type Patch = (guide: Guide) => Guide

/** Fetches what `target` names; the answer puts it into a copy (or removes it, if gone). */
async function fetchPatch(
  target: ChangeTarget,
  opts: { ifNewer: boolean; onlyHeld?: boolean },
): Promise<Patch> {
  if (target.kind === 'global') {
    const doc = await client.findGlobal(target.slug, { depth: 1 })
    return target.slug === 'site-settings'
      ? (guide) => ({ ...guide, settings: doc as Guide['settings'] })
      : (guide) => ({ ...guide, page: doc as Guide['page'] })
  }
  const doc = await client
    .findById(target.slug, target.id, { depth: 1 })
    .catch((e) => (e instanceof ContentApiError && e.status === 404 ? null : Promise.reject(e)))
  return doc
    ? (guide) => withDocument(guide, target.slug, doc, opts)
    : (guide) => withoutDocument(guide, target.slug, target.id)
}

/**
 * How long a notice keeps being retried, after failures or answers that do not show it yet;
 * then a failure is left to the timer's refresh, and a stale answer is taken as it is.
 */
const GIVE_UP_MS = 2 * 60_000

/**
 * The wait before the next try: 100 ms doubling to 5 s, with jitter so site processes do
 * not ask in step; at least what a 429's Retry-After asks for.
 */
function backoff(failures: number, error?: unknown): number {
  const base = Math.min(5000, 100 * 2 ** failures) * (0.75 + Math.random() / 2)
  const asked = error instanceof ContentApiError ? (error.retryAfterSeconds ?? 0) * 1000 : 0
  return Math.max(base, asked)
}

/** Whether asking again can help: rate limits, server errors and network failures. */
const isTransient = (error: unknown) =>
  !(error instanceof ContentApiError) || error.status === 429 || error.status >= 500

/**
 * Applies a change notice: fetches just what it names. The CMS sends it from a hook that
 * runs before its transaction commits, so the first fetch can still read the old data (on
 * a loaded CI machine a deleted FAQ was still there after the ten tries at 100 ms the site
 * used to make, and stayed on the page): fetch again, with backoff, until the answer shows
 * the announced change. A fetch that fails (rate limited, the CMS restarting) is retried
 * the same way. Both for up to GIVE_UP_MS. A band, role or stage also brings the
 * documents that quote its figures (their HTML changed with it) and the record of changes.
 * Everything fetched goes into the copy at once, as the copy is when the last answer
 * arrives: no page is rendered with a new figure in one place and the old one in another,
 * and concurrent notices never undo each other.
 */
export async function applyNotice(
  notice: ChangeNotice,
): Promise<{ version: string; tries: number }> {
  const started = Date.now()
  let stale = 0
  let failures = 0
  for (let tries = 1; ; tries++) {
    try {
      if (!current) return { version: (await refresh()).version, tries }
      const patch = await fetchPatch(notice, { ifNewer: true })
      if (!reflects(patch(current.guide), notice) && Date.now() - started < GIVE_UP_MS) {
        await sleep(backoff(stale++))
        continue
      }
      const patches = [patch]
      for (const target of notice.alsoChanged ?? []) {
        patches.push(await fetchPatch(target, { ifNewer: false, onlyHeld: true }))
      }
      if (notice.kind === 'collection' && isFigureCollection(notice.slug)) {
        const changes = await client.figureChanges()
        patches.push((guide) => ({ ...guide, changes }))
      }
      const base = current?.guide
      if (!base) return { version: (await refresh()).version, tries }
      return { version: commit(patches.reduce((g, p) => p(g), base)).version, tries }
    } catch (error) {
      if (!isTransient(error) || Date.now() - started > GIVE_UP_MS) throw error
      const wait = backoff(failures++, error)
      console.warn(
        `change notice: ${(error as Error).message}; trying again in ${Math.round(wait)} ms`,
      )
      await sleep(wait)
    }
  }
}
