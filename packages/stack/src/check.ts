/**
 * `npm run check`: formatting (Prettier) and types (tsc, svelte-check) across the
 * workspace. Generated files are checked by the test suite, which regenerates them.
 */
import path from 'node:path'

import { step } from './log'
import { cmsDir, repoRoot, webDir } from './paths'
import { run } from './processes'

const checks: [string, string, string[], string][] = [
  ['prettier', path.join(repoRoot, 'node_modules/.bin/prettier'), ['--check', '.'], repoRoot],
  ['tsc cms', path.join(cmsDir, 'node_modules/.bin/tsc'), ['--noEmit', '-p', '.'], cmsDir],
  [
    'tsc content',
    path.join(cmsDir, 'node_modules/.bin/tsc'),
    ['--noEmit', '-p', 'packages/content'],
    repoRoot,
  ],
  [
    'tsc stack',
    path.join(cmsDir, 'node_modules/.bin/tsc'),
    ['--noEmit', '-p', 'packages/stack'],
    repoRoot,
  ],
  ['tsc bench', path.join(cmsDir, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'bench'], repoRoot],
  ['svelte-check web', path.join(webDir, 'node_modules/.bin/svelte-kit'), ['sync'], webDir],
  [
    'svelte-check web',
    path.join(webDir, 'node_modules/.bin/svelte-check'),
    ['--tsconfig', './tsconfig.json', '--fail-on-warnings'],
    webDir,
  ],
]

let failed = 0
for (const [name, bin, args, cwd] of checks) {
  step(`check: ${name}`)
  await run(name, bin, args, { cwd }).catch((e: Error) => {
    failed++
    console.error(e.message.split('\n')[0])
  })
}
step(failed ? `${failed} check(s) failed` : 'all checks passed')
process.exit(failed ? 1 : 0)
