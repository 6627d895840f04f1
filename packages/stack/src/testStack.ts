import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildCms, startCms, type CmsEnv } from './cms.ts'
import { repoRoot } from './paths.ts'
import { startEmbeddedDatabase } from './database.ts'
import { freePort, type Service } from './processes.ts'
import { startWeb } from './web.ts'

export type TestStack = {
  env: CmsEnv
  cmsUrl: string
  webUrl?: string
  cms: Service
  web?: Service
  stop: () => Promise<void>
}

/**
 * A throwaway copy of the product for tests and benchmarks: a fresh embedded PostgreSQL
 * in a temp folder, the built CMS (which applies the committed migrations and seeds the
 * empty database as it starts) and, with `web: true`, the built site, on free ports, with
 * random secrets. `env` adds to or overrides the environment both apps get.
 */
export async function startTestStack(opts: { web?: boolean; env?: Record<string, string> } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-guide-stack-'))
  // Its own folder: Postgres runs as another user, who cannot enter `tmp` (0700).
  const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-guide-db-'))
  const db = await startEmbeddedDatabase({
    dataDir: dbDir,
    port: await freePort(),
    database: 'guide',
    quiet: true,
  })
  const [cmsPort, webPort] = [await freePort(), await freePort()]
  const env: CmsEnv = {
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    REVALIDATE_SECRET: randomBytes(32).toString('hex'),
    SITE_API_KEY: randomBytes(32).toString('hex'),
    CMS_PUBLIC_URL: `http://localhost:${cmsPort}`,
    CMS_INTERNAL_URL: `http://127.0.0.1:${cmsPort}`,
    WEB_PUBLIC_URL: `http://localhost:${webPort}`,
    SEED_ADMIN_EMAIL: 'admin@guide.test',
    SEED_ADMIN_PASSWORD: randomBytes(12).toString('hex'),
    CONTENT_SNAPSHOT_FILE: path.join(tmp, 'content-snapshot.json'),
    MEDIA_DIR: path.join(tmp, 'media'),
    ...(opts.web ? { SITE_REVALIDATE_URLS: `http://127.0.0.1:${webPort}/api/revalidate` } : {}),
    ...opts.env,
  }
  const services: Service[] = []
  const stop = async () => {
    for (const service of services.reverse()) await service.stop()
    await db.stop()
    fs.rmSync(tmp, { recursive: true, force: true })
    fs.rmSync(dbDir, { recursive: true, force: true })
  }
  try {
    await buildCms(env, { quiet: true })
    const cms = await startCms(env, cmsPort, { quiet: true })
    services.push(cms)
    const web = opts.web ? await startWeb(env, webPort, { quiet: true }) : undefined
    if (web) services.push(web)
    return {
      env,
      cmsUrl: `http://127.0.0.1:${cmsPort}`,
      webUrl: web ? `http://127.0.0.1:${webPort}` : undefined,
      cms,
      web,
      stop,
    } satisfies TestStack
  } catch (error) {
    await stop()
    throw error
  }
}

/** The source document's non-empty lines (shared/ sits beside the repository). */
export function guideDocumentLines(): string[] {
  const file =
    process.env.GUIDE_DOCUMENT ??
    path.resolve(repoRoot, '../shared/content/mlops-career-guide-2026.txt')
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
}
