import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import {
  buildCms,
  freePort,
  migrateCms,
  seedCms,
  startCms,
  startEmbeddedDatabase,
  startWeb,
  type CmsEnv,
} from '@mlops-guide/stack'

/**
 * A fresh database, migrated and seeded; the built CMS and the built site. Their
 * addresses and pids reach the tests through the environment (workers inherit it).
 */
export default async function globalSetup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-guide-e2e-'))
  // Its own temp folder: Postgres runs as another user, who cannot enter `dir` (0700).
  const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-guide-e2e-db-'))
  const db = await startEmbeddedDatabase({
    dataDir: dbDir,
    port: await freePort(),
    database: 'guide_e2e',
    quiet: true,
  })
  const [cmsPort, webPort] = [await freePort(), await freePort()]
  const env: CmsEnv = {
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    REVALIDATE_SECRET: randomBytes(32).toString('hex'),
    CMS_PUBLIC_URL: `http://localhost:${cmsPort}`,
    CMS_INTERNAL_URL: `http://127.0.0.1:${cmsPort}`,
    WEB_PUBLIC_URL: `http://localhost:${webPort}`,
    SITE_REVALIDATE_URLS: `http://127.0.0.1:${webPort}/api/revalidate`,
    SEED_ADMIN_EMAIL: 'admin@guide.test',
    SEED_ADMIN_PASSWORD: randomBytes(12).toString('hex'),
    // The site and the tests read the CMS anonymously from one address, many times a second.
    RATE_LIMIT_ANONYMOUS: '1000000',
    CONTENT_SNAPSHOT_FILE: path.join(dir, 'content-snapshot.json'),
  }
  await migrateCms(env, { quiet: true })
  await seedCms(env, [], { quiet: true })
  await buildCms(env, { quiet: true })
  const cms = await startCms(env, cmsPort, { quiet: true })
  const web = await startWeb(env, webPort, { quiet: true })

  Object.assign(process.env, {
    E2E_WEB_URL: `http://127.0.0.1:${webPort}`,
    E2E_CMS_URL: `http://127.0.0.1:${cmsPort}`,
    E2E_CMS_PID: String(cms.child.pid),
    E2E_ENV: JSON.stringify(env),
  })

  return async () => {
    await web.stop()
    await cms.stop()
    await db.stop()
    fs.rmSync(dir, { recursive: true, force: true })
    fs.rmSync(dbDir, { recursive: true, force: true })
  }
}
