import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

// Build outputs, tests and files the build itself writes (next-env.d.ts) are not inputs.
const SKIP = new Set([
  'node_modules',
  '.next',
  '.svelte-kit',
  'build',
  'tests',
  'test-results',
  'playwright-report',
  'next-env.d.ts',
])

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith('.') || entry.name.endsWith('.tsbuildinfo')) {
      continue
    }
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* files(full)
    else yield full
  }
}

/** A hash of every source file an app's build depends on (its own folder and the packages). */
export function sourceHash(roots: string[]): string {
  const hash = createHash('sha256')
  for (const root of roots) {
    for (const file of [...files(root)].sort()) {
      hash.update(file).update(fs.readFileSync(file))
    }
  }
  return hash.digest('hex')
}

/** True when `marker` records the same hash, i.e. the last build is still current. */
export const isFresh = (marker: string, hash: string) =>
  fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === hash
