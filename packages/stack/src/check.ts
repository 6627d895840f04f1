/**
 * `npm run check`: formatting (Prettier), lint (ESLint) and types (tsc, svelte-check) across the
 * workspace. Generated files are checked by the test suite, which regenerates them.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { step } from './log.ts'
import { cmsDir, repoRoot, webDir } from './paths.ts'
import { run } from './processes.ts'

const checks: [string, string, string[], string][] = [
  ['prettier', path.join(repoRoot, 'node_modules/.bin/prettier'), ['--check', '.'], repoRoot],
  [
    'eslint',
    path.join(repoRoot, 'node_modules/.bin/eslint'),
    ['--max-warnings', '0', '.'],
    repoRoot,
  ],
  ['tsc cms', path.join(cmsDir, 'node_modules/.bin/tsc'), ['--noEmit', '-p', '.'], cmsDir],
  [
    'tsc content',
    path.join(cmsDir, 'node_modules/.bin/tsc'),
    ['--noEmit', '-p', 'packages/content'],
    repoRoot,
  ],
  [
    'tsc server-runtime',
    path.join(cmsDir, 'node_modules/.bin/tsc'),
    ['--noEmit', '-p', 'packages/server-runtime'],
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
const check = async (name: string, bin: string, args: string[], cwd: string, env = {}) => {
  step(`check: ${name}`)
  await run(name, bin, args, { cwd, env }).catch((e: Error) => {
    failed++
    console.error(e.message.split('\n')[0])
  })
}
for (const [name, bin, args, cwd] of checks) await check(name, bin, args, cwd)

// docker-compose.yml (Debian's docker-compose; no engine needed to validate it): valid with
// the required secrets set, and refused without them.
// An empty --env-file: a developer's own .env must not stand in for the variables checked.
const emptyEnv = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'compose-check-')), '.env')
fs.writeFileSync(emptyEnv, '')
const compose = [
  '--env-file',
  emptyEnv,
  '-f',
  path.join(repoRoot, 'docker-compose.yml'),
  'config',
  '--quiet',
]
if (spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0) {
  const secrets = {
    POSTGRES_PASSWORD: 'check-only-'.padEnd(32, 'x'),
    PAYLOAD_SECRET: 'check-only-'.padEnd(40, 'y'),
    REVALIDATE_SECRET: 'check-only-'.padEnd(40, 'z'),
    SITE_API_KEY: 'check-only-'.padEnd(40, 'k'),
  }
  await check('docker-compose config', 'docker-compose', compose, repoRoot, secrets)
  step('check: docker-compose config refuses missing secrets')
  const bare = spawnSync('docker-compose', compose, {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  })
  if (bare.status === 0) {
    failed++
    console.error('docker-compose config accepted a configuration without secrets')
  }
} else {
  failed++
  console.error('docker-compose is not installed (Debian: apt-get install docker-compose)')
}
step(failed ? `${failed} check(s) failed` : 'all checks passed')
process.exit(failed ? 1 : 0)
