import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import {
  buildCms,
  freePort,
  migrateCms,
  seedCms,
  startCms,
  startEmbeddedDatabase,
  type CmsEnv,
} from '@mlops-guide/stack'

/**
 * One real stack for the whole run: a fresh embedded PostgreSQL in a temp folder, the
 * committed migrations applied to it, the seed, and the built CMS served by `next start`.
 */
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-guide-int-'))
  const db = await startEmbeddedDatabase({
    dataDir,
    port: await freePort(),
    database: 'guide_test',
    quiet: true,
  })
  const port = await freePort()
  const env: CmsEnv = {
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    CMS_PUBLIC_URL: `http://localhost:${port}`,
    WEB_PUBLIC_URL: 'http://localhost:5173',
    SEED_ADMIN_EMAIL: 'admin@guide.test',
    SEED_ADMIN_PASSWORD: randomBytes(12).toString('hex'),
    // Small limits so the tests can reach them; each test request claims its own address.
    TRUST_PROXY_HOPS: '1',
    RATE_LIMIT_ANONYMOUS: '30',
    RATE_LIMIT_API_KEY: '60',
  }
  const stop = async () => {
    await cms?.stop()
    await db.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  let cms: Awaited<ReturnType<typeof startCms>> | undefined
  try {
    await migrateCms(env, { quiet: true })
    await seedCms(env, [], { quiet: true })
    await buildCms(env, { quiet: true })
    cms = await startCms(env, port, { quiet: true })
  } catch (error) {
    await stop()
    throw error
  }
  project.provide('cmsUrl', `http://127.0.0.1:${port}`)
  project.provide('cmsEnv', env)
  return stop
}

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    cmsEnv: CmsEnv
  }
}
