import { createReplayGuard, type SeenSignature } from '@mlops-guide/content/webhook'
import { CONTENT_SNAPSHOT_FILE } from '$app/env/private'
import fs from 'node:fs'

import { writeAtomic } from './writeAtomic.ts'

/**
 * The change notices this site accepted in the last five minutes, kept beside the content
 * snapshot (content-snapshot.seen-notices for content-snapshot.json), so a captured notice
 * replayed after a restart is still refused (409). One line per accepted signature,
 * "<expires ms> <signature>", appended as it is accepted: a bulk publish sends a notice per
 * document, and rewriting the whole list for each would grow with its square. The file is
 * rewritten with only the live lines at start and after every REWRITE_AFTER appends.
 */
const FILE = CONTENT_SNAPSHOT_FILE.replace(/(\.json)?$/, '.seen-notices')
const REWRITE_AFTER = 1000

function read(): SeenSignature[] {
  let text: string
  try {
    text = fs.readFileSync(FILE, 'utf8')
  } catch {
    return [] // a first start
  }
  return text
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([expires, signature]) => signature && Number.isFinite(Number(expires)))
    .map(([expires, signature]) => [signature!, Number(expires)] as const)
}

let warned = false
/** Keeps the list on disk; without a writable disk the guard still works, in memory. */
function keep(write: () => void) {
  try {
    write()
  } catch (error) {
    if (!warned) console.warn(`seen change notices not kept on disk: ${(error as Error).message}`)
    warned = true
  }
}

const lines = (seen: SeenSignature[]) => seen.map(([s, expires]) => `${expires} ${s}\n`).join('')

/** The guard, made on the first notice (not at import: the build imports routes too). */
function load() {
  let appended = 0
  const guard = createReplayGuard({
    seen: read(),
    onRecord: (signature, expires) =>
      keep(() => {
        if (++appended < REWRITE_AFTER) fs.appendFileSync(FILE, lines([[signature, expires]]))
        else {
          appended = 0
          writeAtomic(FILE, lines(guard.live()))
        }
      }),
  })
  keep(() => writeAtomic(FILE, lines(guard.live())))
  return guard
}

let guard: ReturnType<typeof createReplayGuard> | null = null

/** Whether this verified signature header is new to this site; records it if so. */
export function firstUse(signature: string): boolean {
  guard ??= load()
  return guard.firstUse(signature)
}
