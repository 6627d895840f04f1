import fs from 'node:fs'
import path from 'node:path'

import { isFresh, sourceHash } from './freshness.ts'
import { step } from './log.ts'
import { repoRoot, webDir } from './paths.ts'
import { run, startService, waitForHttp, type Service } from './processes.ts'

const bin = (name: string) => path.join(webDir, 'node_modules/.bin', name)

/** `vite build` (adapter-node), skipped when nothing the build reads has changed. */
export async function buildWeb(
  env: Record<string, string | undefined>,
  opts: { quiet?: boolean } = {},
) {
  const marker = path.join(webDir, 'build/source-hash')
  // With the packages the build bundles (the page cache, the timeouts the env module checks).
  const hash = sourceHash([
    webDir,
    ...['content', 'server-runtime'].map((p) => path.join(repoRoot, 'packages', p, 'src')),
  ])
  if (isFresh(marker, hash)) return step('site build is up to date')
  step('building the site (vite build)')
  await run('web', bin('vite'), ['build'], { cwd: webDir, env, quiet: opts.quiet })
  fs.writeFileSync(marker, hash)
  step('site built')
}

export async function startWeb(
  env: Record<string, string | undefined>,
  port: number,
  opts: { dev?: boolean; quiet?: boolean } = {},
): Promise<Service> {
  if (!opts.dev) await buildWeb(env, opts)
  step(`starting the site on http://localhost:${port}`)
  const service = opts.dev
    ? startService('web', bin('vite'), ['dev', '--port', String(port), '--strictPort'], {
        cwd: webDir,
        env,
        quiet: opts.quiet,
      })
    : startService('web', process.execPath, ['server.js'], {
        cwd: webDir,
        env: { ...env, PORT: String(port), HOST: '0.0.0.0' },
        quiet: opts.quiet,
      })
  await waitForHttp(`http://127.0.0.1:${port}/`, service)
  return service
}
