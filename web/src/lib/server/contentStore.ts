import { ContentApiError } from '@mlops-guide/content'
import { useVersion } from '@mlops-guide/server-runtime/page-cache'
import { error } from '@sveltejs/kit'
import {
  unapplied,
  type ContentEvent,
  type DocumentEvent,
  type DocumentRef,
} from '@mlops-guide/content/events'
import { unrenderableReasons } from '@mlops-guide/content/renderable'
import { CONTENT_REFRESH_SECONDS, CONTENT_SNAPSHOT_FILE } from '$app/env/private'
import fs from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

import type { Guide } from '#lib/guide.ts'
import { withDocument, withoutDocument } from '#lib/withDocument.ts'
import { fetchChanges, fetchGuide } from './fetchContent.ts'
import { siteClient as client } from './siteClient.ts'
import { writeAtomic } from './writeAtomic.ts'

/**
 * The site's copy of the content. Pages are served from memory, never waiting on the CMS:
 * - each batch of the CMS's content events (see /api/revalidate) fetches just the documents
 *   and globals they name and puts them in place (a full refetch of a large guide took seconds);
 * - a slow timer refetches everything, in case a notice was lost;
 * - a failed fetch keeps the last good copy; the last good copy is also kept on disk,
 *   so a site that starts while the CMS is down still serves the guide.
 */
type Snapshot = {
  guide: Guide
  version: string
  fetchedAt: string
  /** The last content event applied to this copy (applyEvents); kept on disk with it. */
  sequence?: number
}

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
  const sequence = current?.sequence
  current = { guide, version: versionOf(guide), fetchedAt: new Date().toISOString(), sequence }
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
    const snapshot = JSON.parse(fs.readFileSync(CONTENT_SNAPSHOT_FILE, 'utf8')) as Snapshot
    // A copy written before the record of changes was made from content events (entries
    // without a sequence) keeps the guide but not that record, until the next fetch.
    const { changes } = snapshot.guide
    if (changes?.docs.some((entry) => entry.sequence === undefined)) {
      snapshot.guide.changes = { ...changes, docs: [] }
    }
    return snapshot
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

type Patch = (guide: Guide) => Guide

/** Fetches what `target` names; the answer puts it into a copy (or removes it, if gone). */
async function fetchPatch(target: DocumentRef, opts: { onlyHeld: boolean }): Promise<Patch> {
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

/** How long a batch of events keeps being retried after failures (the CMS waits 5 s). */
const GIVE_UP_MS = 3000

/**
 * The wait before the next try: 100 ms doubling, with jitter so site processes do not ask
 * in step; at least what a 429's Retry-After asks for.
 */
function backoff(failures: number, error?: unknown): number {
  const base = Math.min(1000, 100 * 2 ** failures) * (0.75 + Math.random() / 2)
  const asked = error instanceof ContentApiError ? (error.retryAfterSeconds ?? 0) * 1000 : 0
  return Math.max(base, asked)
}

/** Whether asking again can help: rate limits, server errors and network failures. */
const isTransient = (error: unknown) =>
  !(error instanceof ContentApiError) || error.status === 429 || error.status >= 500

/** Above this many documents in one batch, the whole guide is fetched again instead. */
const MAX_PATCHES = 25

/** Every document a batch names, once: each event's own, then what changed with it. */
function targetsOf(events: DocumentEvent[]) {
  const targets = new Map<string, { target: DocumentRef; own: boolean }>()
  for (const event of events) {
    const key = (t: DocumentRef) => (t.kind === 'global' ? t.slug : `${t.slug}/${t.id}`)
    const own = event.cause === null
    const seen = targets.get(key(event.document))
    targets.set(key(event.document), { target: event.document, own: own || !!seen?.own })
  }
  return [...targets.values()]
}

/**
 * Applies the CMS's content events (web/src/routes/api/revalidate): fetches just the
 * documents they name and puts them into the copy at once, so no page is rendered with a new
 * figure in one place and the old one in another. The CMS sends events only after their
 * write committed, so the first answer already shows them. An event already applied (a
 * redelivery) is skipped; a reset (the CMS's database was restored) refetches everything.
 * An event of a document's own also brings the record of changes. A fetch that fails (rate
 * limited, the CMS restarting) is tried again for up to GIVE_UP_MS; then the timer's
 * refresh brings it.
 */
export async function applyEvents(
  events: ContentEvent[],
): Promise<{ version: string; applied: number }> {
  const fresh = unapplied(events, current?.sequence ?? 0)
  const last = fresh.at(-1)?.sequence
  if (!last) return { version: current?.version ?? '', applied: 0 }
  const started = Date.now()
  for (let failures = 0; ;) {
    try {
      const documentEvents = fresh.filter((e): e is DocumentEvent => e.change !== 'reset')
      const targets = targetsOf(documentEvents)
      // A bulk import names hundreds: one refetch of everything is a few requests, not hundreds.
      if (!current || documentEvents.length < fresh.length || targets.length > MAX_PATCHES) {
        const snapshot = await refresh()
        snapshot.sequence = Math.max(snapshot.sequence ?? 0, last)
        return { version: snapshot.version, applied: fresh.length }
      }
      const patches = await Promise.all(
        targets.map(({ target, own }) =>
          // Taken as answered, never "only if newer": concurrent saves stamp updatedAt before
          // they wait for each other, so the last to commit can carry the older stamp; events
          // come in commit order and each fetch answers after its commit.
          fetchPatch(target, { onlyHeld: !own }),
        ),
      )
      // Every event of a document's own is an entry of the record of changes. The record is
      // second to the change itself: when the CMS refuses it (a client's last request of its
      // window went on the documents), the change is shown with the record as it was, and the
      // next event or the timer's refresh brings the record.
      if (documentEvents.some((e) => e.cause === null)) {
        const changes = await fetchChanges(client).catch((error: unknown) => {
          if (!isTransient(error)) throw error
          console.warn(`record of changes: ${(error as Error).message}; kept as it was`)
          return null
        })
        if (changes) patches.push((guide) => ({ ...guide, changes }))
      }
      const base = current.guide
      const snapshot = commit(patches.reduce((g, p) => p(g), base))
      snapshot.sequence = Math.max(snapshot.sequence ?? 0, last)
      return { version: snapshot.version, applied: fresh.length }
    } catch (error) {
      if (!isTransient(error) || Date.now() - started > GIVE_UP_MS) throw error
      const wait = backoff(failures++, error)
      console.warn(
        `content events: ${(error as Error).message}; trying again in ${Math.round(wait)} ms`,
      )
      await sleep(wait)
    }
  }
}
