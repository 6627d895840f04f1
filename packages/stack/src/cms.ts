import fs from 'node:fs'
import path from 'node:path'

import { isFresh, sourceHash } from './freshness'
import { step } from './log'
import { cmsDir, repoRoot } from './paths'
import { run, startService, waitForHttp, type Service } from './processes'

const bin = (name: string) => path.join(cmsDir, 'node_modules/.bin', name)
const sources = () => sourceHash([cmsDir, path.join(repoRoot, 'packages/content/src')])

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
 * Runs one of the CMS's tsx scripts (cms/src/scripts, cms/src/seed/cli.ts). On Node 20,
 * tsx's module loader (a separate thread) now and then stalls while the CMS's large module
 * graph loads: Node either ends the script with status 13 ("unsettled top-level await") or,
 * since run.ts holds a timer, the script waits forever. Seen about once in 20 runs here,
 * once twice in a row. The scripts are idempotent and a healthy run takes seconds, so a
 * run that ends with 13 or takes over 45 s is stopped and run again, up to three times.
 */
export async function cmsScript(
  name: string,
  script: string,
  args: string[],
  env: CmsEnv,
  opts: { quiet?: boolean } = {},
) {
  const once = () =>
    run(name, bin('tsx'), [script, ...args], {
      cwd: cmsDir,
      env,
      quiet: opts.quiet,
      timeoutMs: 45_000,
    })
  for (let attempt = 1; ; attempt++) {
    try {
      return await once()
    } catch (error) {
      const code = (error as { exitCode?: number | string }).exitCode
      if ((code !== 13 && code !== 'timeout') || attempt === 3) throw error
      step(
        `${script} ${code === 13 ? 'ended early (Node status 13)' : 'stalled'}; running it again`,
      )
    }
  }
}

/** Applies the committed migrations (never a schema push). */
export async function migrateCms(env: CmsEnv, opts: { quiet?: boolean } = {}): Promise<void> {
  step('applying database migrations')
  await cmsScript('cms', 'src/scripts/migrate.ts', [], env, opts)
}

/** Seeds the guide's content; `--if-empty` leaves a database that already has content alone. */
export async function seedCms(env: CmsEnv, args: string[], opts: { quiet?: boolean } = {}) {
  await cmsScript('seed', 'src/seed/cli.ts', args, env, opts)
}

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
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, service, opts.dev ? 300_000 : 60_000)
  return service
}
