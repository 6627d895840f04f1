/**
 * The root scripts' entry point (via bin/bootstrap.mjs, after dependencies are installed):
 *   start  the whole product: database, CMS (built; it migrates and seeds an empty database) and site
 *   dev    the same with `next dev` and `vite dev`
 *   seed   seed the guide's content again (`-- --reset` restores the original document)
 *   db     only the database, printing its URL (for psql or a one-off script)
 */
import fs from 'node:fs'
import path from 'node:path'

import { buildCms, seedCms, startCms, type CmsEnv } from './cms.ts'
import { forgetApps, recordApps, stopLeftoverApps } from './leftovers.ts'
import { localDatabase } from './local.ts'
import { step } from './log.ts'
import { dataDir, repoRoot } from './paths.ts'
import type { Service } from './processes.ts'
import { localSecrets } from './secrets.ts'
import { startWeb } from './web.ts'

const envFile = path.join(repoRoot, '.env')
if (fs.existsSync(envFile)) process.loadEnvFile(envFile)

const [command = 'start', ...rest] = process.argv.slice(2)
const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const webPort = Number(process.env.WEB_PORT ?? 5173)

await stopLeftoverApps()
const database = await localDatabase()
const services: Service[] = []
let stopping = false
/**
 * Stops the apps in reverse order of start (the site, then the CMS), each finishing its
 * requests (SIGTERM: @mlops-guide/server-runtime's graceful stop), then the database they
 * used, and ends with "stopped". Ctrl-C also reaches the apps directly (same process group)
 * and starts their stop early: the SIGTERM that follows changes nothing. The database is not
 * in the group (database.ts) and stops last.
 */
async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  step('stopping')
  for (const service of services.reverse()) await service.stop()
  await database.stop()
  forgetApps()
  step('stopped')
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void shutdown(0))
}

try {
  const secrets = localSecrets()
  const env: CmsEnv = {
    ...secrets,
    DATABASE_URL: database.url,
    CMS_PORT: String(cmsPort),
    WEB_PORT: String(webPort),
    CMS_PUBLIC_URL: process.env.CMS_PUBLIC_URL ?? `http://localhost:${cmsPort}`,
    WEB_PUBLIC_URL: process.env.WEB_PUBLIC_URL ?? `http://localhost:${webPort}`,
    CMS_INTERNAL_URL: process.env.CMS_INTERNAL_URL ?? `http://127.0.0.1:${cmsPort}`,
    SITE_REVALIDATE_URLS:
      process.env.SITE_REVALIDATE_URLS ?? `http://127.0.0.1:${webPort}/api/revalidate`,
    // The CMS's backup before it migrates goes where `npm run backup` writes its own.
    PRE_MIGRATION_BACKUP: process.env.PRE_MIGRATION_BACKUP ?? path.join(dataDir, 'backups'),
    // Uploaded images (without a bucket) beside the database, in the data folder.
    MEDIA_DIR: process.env.MEDIA_DIR ?? path.join(dataDir, 'media'),
  }
  if (command === 'db') {
    console.log(`DATABASE_URL=${database.url}`)
    // Keep running until Ctrl-C. A bare never-settling await is not enough: the database
    // runs outside this process's event loop, so Node saw nothing pending and exited (13).
    setInterval(() => {}, 2 ** 30)
    await new Promise(() => {})
  }
  if (command === 'seed') {
    await seedCms(env, rest)
    await shutdown(0)
  }
  const dev = command === 'dev'
  if (!dev) await buildCms(env)
  services.push(await startCms(env, cmsPort, { dev }))
  services.push(await startWeb(env, webPort, { dev }))
  recordApps({
    stack: process.pid,
    ...Object.fromEntries(services.map((s) => [s.name, s.child.pid])),
  })
  step(
    `ready: the guide at http://localhost:${webPort}, the admin at http://localhost:${cmsPort}/admin`,
  )
  step('press Ctrl-C to stop')
  // Stop everything if either app dies, so a half-running product never looks healthy.
  for (const service of services) {
    service.child.once('exit', (code) => {
      if (!stopping) {
        step(`${service.name} exited (${code}); stopping the rest`)
        void shutdown(1)
      }
    })
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  await shutdown(1)
}
