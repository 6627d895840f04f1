import fs from 'node:fs'
import path from 'node:path'

import { isFresh, sourceHash } from './freshness.ts'
import { step } from './log.ts'
import { cmsDir, repoRoot } from './paths.ts'
import { run, startService, waitForHttp, type Service } from './processes.ts'

const bin = (name: string) => path.join(cmsDir, 'node_modules/.bin', name)
// The packages the build bundles (the env module imports server-runtime's timeouts).
const sources = () =>
  sourceHash([
    cmsDir,
    ...['content', 'server-runtime'].map((p) => path.join(repoRoot, 'packages', p, 'src')),
  ])

export type CmsEnv = Record<string, string | undefined> & {
  DATABASE_URL: string
  PAYLOAD_SECRET: string
}

/** `next build`, skipped when nothing the build reads has changed since the last one. */
export async function buildCms(env: CmsEnv, opts: { quiet?: boolean } = {}): Promise<void> {
  const marker = path.join(cmsDir, '.next/source-hash')
  const hash = sources()
  if (isFresh(marker, hash)) return step('CMS build is up to date')
  step('building the CMS (next build, about a minute on first run)')
  await run('cms', bin('next'), ['build'], { cwd: cmsDir, env, quiet: opts.quiet })
  fs.writeFileSync(marker, hash)
  step('CMS built')
}

/**
 * Runs one of the CMS's development scripts (cms/src/scripts, cms/src/seed/cli.ts) through
 * tsx. The server needs none of them: it migrates and seeds an empty database itself.
 */
export function cmsScript(
  name: string,
  script: string,
  args: string[],
  env: CmsEnv,
  opts: { quiet?: boolean } = {},
) {
  return run(name, bin('tsx'), [script, ...args], { cwd: cmsDir, env, quiet: opts.quiet })
}

/** Seeds the guide's content again (`--reset` restores the original document). */
export async function seedCms(env: CmsEnv, args: string[], opts: { quiet?: boolean } = {}) {
  await cmsScript('seed', 'src/seed/cli.ts', args, env, opts)
}

/**
 * Starts the CMS and waits until it answers: the built server (`node server.js`, production
 * mode), or `next dev`. Either applies pending migrations and seeds an empty database before
 * it answers (cms/src/database/prepareDatabase.ts), so a first start takes longer.
 */
export async function startCms(
  env: CmsEnv,
  port: number,
  opts: { dev?: boolean; quiet?: boolean } = {},
): Promise<Service> {
  step(`starting the CMS on http://localhost:${port}/admin`)
  const service = opts.dev
    ? startService('cms', bin('next'), ['dev', '--port', String(port)], {
        cwd: cmsDir,
        env,
        quiet: opts.quiet,
      })
    : startService('cms', process.execPath, ['server.js', '--port', String(port)], {
        cwd: cmsDir,
        env: { NODE_ENV: 'production', ...env },
        quiet: opts.quiet,
      })
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, service, opts.dev ? 300_000 : 180_000)
  return service
}
