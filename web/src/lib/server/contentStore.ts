import { createContentClient, type ContentClient } from '@mlops-guide/content'
import { error } from '@sveltejs/kit'
import type { ChangeNotice } from '@mlops-guide/content/webhook'
import { CMS_INTERNAL_URL, CONTENT_REFRESH_SECONDS, CONTENT_SNAPSHOT_FILE } from '$app/env/private'
import fs from 'node:fs'
import path from 'node:path'

import type { Guide } from '#lib/content.ts'
import { fetchGuide } from './fetchContent.ts'

/**
 * The site's copy of the content. Pages are served from memory, never waiting on the CMS:
 * - the CMS's change notices (see /api/revalidate) trigger a refetch;
 * - a slow timer refetches too, in case a notice was lost;
 * - a failed refetch keeps the last good copy; the last good copy is also kept on disk,
 *   so a site that starts while the CMS is down still serves the guide.
 */
type Snapshot = { guide: Guide; version: string; fetchedAt: string }

const client: ContentClient = createContentClient({ baseUrl: CMS_INTERNAL_URL, timeoutMs: 5000 })
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

function writeSnapshot(snapshot: Snapshot) {
  try {
    fs.mkdirSync(path.dirname(CONTENT_SNAPSHOT_FILE), { recursive: true })
    const tmp = `${CONTENT_SNAPSHOT_FILE}.${process.pid}.tmp`
    fs.writeFileSync(tmp, JSON.stringify(snapshot))
    fs.renameSync(tmp, CONTENT_SNAPSHOT_FILE) // atomic: never a half-written file
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
      const snapshot = { guide, version: versionOf(guide), fetchedAt: new Date().toISOString() }
      if (snapshot.version !== current?.version) writeSnapshot(snapshot)
      current = snapshot
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

/** Whether our copy already shows what a change notice announced. */
function reflects(snapshot: Snapshot, notice: ChangeNotice): boolean {
  const { guide } = snapshot
  if (notice.kind === 'global') {
    const global = notice.slug === 'site-settings' ? guide.settings : guide.page
    return global.updatedAt === notice.updatedAt
  }
  const docs: { id: number; updatedAt: string }[] = guide.docs[notice.slug] ?? []
  const doc = docs.find((d) => String(d.id) === String(notice.id))
  return notice.updatedAt === null ? doc === undefined : doc?.updatedAt === notice.updatedAt
}

/**
 * Applies a change notice. The CMS sends it from a hook that runs before its transaction
 * commits, so the first refetch can still read the old data: refetch until the copy shows
 * the announced change (about 1 s at most), then give up and leave it to the timer.
 */
export async function applyNotice(
  notice: ChangeNotice,
): Promise<{ version: string; tries: number }> {
  for (let tries = 1; ; tries++) {
    const snapshot = await refresh()
    if (reflects(snapshot, notice) || tries >= 10) return { version: snapshot.version, tries }
    await new Promise((r) => setTimeout(r, 100))
  }
}
