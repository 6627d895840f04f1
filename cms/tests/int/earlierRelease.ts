import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { repoRoot, run } from '@mlops-guide/stack'

/**
 * An earlier commit of this repository, runnable: its cms/ and packages/ from `git archive`
 * (so its own migrations, seed and collection configs), with this checkout's installed
 * packages linked in (no install, no build: tsx runs its sources, as its `seed` script
 * did). Its workspace packages are its own, not today's. Needs the commit in the clone's
 * history (CI checks out the full history).
 */
export function checkOutRelease(commit: string, dir: string) {
  const archive = spawnSync(
    'git',
    ['-C', repoRoot, 'archive', '--format=tar', commit, 'cms', 'packages', 'tsconfig.base.json'],
    { maxBuffer: 1 << 30 },
  )
  if (archive.status !== 0) {
    throw new Error(
      `git archive ${commit} failed (a shallow clone? git fetch --unshallow): ${archive.stderr}`,
    )
  }
  const tar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout })
  if (tar.status !== 0) throw new Error(`tar -x failed: ${tar.stderr}`)
  for (const pkg of [
    'cms',
    ...fs.readdirSync(path.join(dir, 'packages')).map((p) => `packages/${p}`),
  ])
    linkModules(dir, pkg)
}

/** `<dir>/<pkg>/node_modules`: today's installed packages, the release's own workspace ones. */
function linkModules(dir: string, pkg: string) {
  const installed = path.join(repoRoot, pkg, 'node_modules')
  if (!fs.existsSync(installed)) return
  const target = path.join(dir, pkg, 'node_modules')
  fs.mkdirSync(target)
  for (const entry of fs.readdirSync(installed)) {
    if (entry !== '@mlops-guide') {
      fs.symlinkSync(path.join(installed, entry), path.join(target, entry))
      continue
    }
    fs.mkdirSync(path.join(target, entry))
    for (const name of fs.readdirSync(path.join(installed, entry))) {
      const own = path.join(dir, 'packages', name)
      if (fs.existsSync(own)) fs.symlinkSync(own, path.join(target, entry, name))
    }
  }
}

/** Runs `script` (a path inside the release's cms/) with the release's code, through tsx. */
export function runInRelease(dir: string, script: string, env: Record<string, string | undefined>) {
  const tsx = path.join(repoRoot, 'cms/node_modules/.bin/tsx')
  return run('old', tsx, [script], { cwd: path.join(dir, 'cms'), env, quiet: true })
}
