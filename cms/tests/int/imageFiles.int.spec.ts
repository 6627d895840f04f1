import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  buildWeb,
  freePort,
  repoRoot,
  startEmbeddedDatabase,
  startService,
  waitForHttp,
  type Database,
  type Service,
} from '@mlops-guide/stack'

import { api } from './helpers'

/**
 * The production images, without Docker: each app's files are assembled exactly as the
 * Dockerfile's build stages assemble them (packages/stack/bin/image-files.mjs), and the apps
 * start from those folders alone, NODE_ENV=production, on a fresh PostgreSQL. Anything the
 * servers import at run time that the images would lack fails here.
 */
const assemble = (app: 'cms' | 'web', out: string) =>
  execFileSync(process.execPath, [
    path.join(repoRoot, 'packages/stack/bin/image-files.mjs'),
    app,
    out,
  ])

/** The guide's title as the suite's own CMS (same seed) serves it. */
const guideTitle = async () => (await api('GET', '/globals/guide-page')).body.hero.title as string

/** Every file and link under `dir`, relative to it. */
const listing = (dir: string) =>
  (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'))

describe('the production images hold everything their servers need, and nothing to compile', () => {
  let tmp: string
  let dbDir: string
  let db: Database
  const services: Service[] = []
  let cmsPort: number
  let webPort: number
  const secrets = {
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    REVALIDATE_SECRET: randomBytes(32).toString('hex'),
    SITE_API_KEY: randomBytes(32).toString('hex'),
  }

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-images-'))
    ;[cmsPort, webPort] = [await freePort(), await freePort()]
    await buildWeb({}, { quiet: true }) // the CMS is built by the suite's setup
    assemble('cms', path.join(tmp, 'cms'))
    assemble('web', path.join(tmp, 'web'))
    dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-images-db-'))
    db = await startEmbeddedDatabase({
      dataDir: dbDir,
      port: await freePort(),
      database: 'fresh',
      quiet: true,
    })
  }, 240_000)

  afterAll(async () => {
    for (const service of services.reverse()) await service.stop()
    await db?.stop()
    fs.rmSync(tmp, { recursive: true, force: true })
    fs.rmSync(dbDir, { recursive: true, force: true })
  })

  it('the CMS image holds its traced server files and no sources or TypeScript loader', () => {
    const files = listing(path.join(tmp, 'cms'))
    expect(files).toContain('cms/server.js')
    expect(files).toContain('cms/.next/BUILD_ID')
    expect(files.some((f) => f.startsWith('cms/.next/static/'))).toBe(true)
    // Of the sources, only the plain JavaScript server.js imports (Next's internals it uses).
    expect(files.filter((f) => f.startsWith('cms/src/')).sort()).toEqual([
      'cms/src/framework',
      'cms/src/framework/nextServer.js',
    ])
    // Our TypeScript is compiled into .next; none of it ships as source.
    const ours = files.filter((f) => !f.includes('node_modules/'))
    expect(ours.filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))).toEqual([])
    expect(files.some((f) => /(^|\/)(tsx|typescript)@/.test(f))).toBe(false)
  })

  it('the site image holds its bundle, its server entry and the server runtime only', () => {
    expect(fs.readdirSync(path.join(tmp, 'web')).sort()).toEqual([
      'build',
      'node_modules',
      'package.json',
      'server.js',
    ])
    expect(fs.readdirSync(path.join(tmp, 'web/node_modules/@mlops-guide'))).toEqual([
      'server-runtime',
    ])
  })

  it(
    'the CMS starts from its image files on an empty database: healthy, migrated, the guide seeded',
    { timeout: 120_000 },
    async () => {
      const port = cmsPort
      const cms = startService(
        'cms-image',
        process.execPath,
        ['server.js', '--port', String(port)],
        {
          cwd: path.join(tmp, 'cms/cms'),
          // Only what the container would get: no variable of this test process.
          env: {
            PATH: '/usr/bin:/bin',
            NODE_ENV: 'production',
            DATABASE_URL: db.url,
            ...secrets,
            CMS_PUBLIC_URL: `http://localhost:${port}`,
            SITE_REVALIDATE_URLS: `http://127.0.0.1:${webPort}/api/revalidate`,
          },
          quiet: true,
          inheritEnv: false,
        },
      )
      services.push(cms)
      await waitForHttp(`http://127.0.0.1:${port}/api/health`, cms, 90_000)
      const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()
      expect(health).toMatchObject({ status: 'ok', database: { status: 'ok' } })
      const page = await (await fetch(`http://127.0.0.1:${port}/api/globals/guide-page`)).json()
      expect(page.hero.title).toBe(await guideTitle())
      const faqs = await (await fetch(`http://127.0.0.1:${port}/api/faqs?limit=100`)).json()
      expect(faqs.totalDocs).toBe(5)
      const docs = await fetch(`http://127.0.0.1:${port}/api/docs/swagger-ui-bundle.js`)
      expect(docs.status).toBe(200)
    },
  )

  it(
    'the site starts from its image files against that CMS and renders the guide',
    { timeout: 60_000 },
    async () => {
      const port = webPort
      const web = startService('web-image', process.execPath, ['server.js'], {
        cwd: path.join(tmp, 'web'),
        env: {
          PATH: '/usr/bin:/bin',
          NODE_ENV: 'production',
          PORT: String(port),
          CMS_INTERNAL_URL: `http://127.0.0.1:${cmsPort}`,
          REVALIDATE_SECRET: secrets.REVALIDATE_SECRET,
          SITE_API_KEY: secrets.SITE_API_KEY,
          CONTENT_SNAPSHOT_FILE: path.join(tmp, 'web/.data/snapshot.json'),
        },
        quiet: true,
        inheritEnv: false,
      })
      services.push(web)
      await waitForHttp(`http://127.0.0.1:${port}/healthz`, web)
      const home = await fetch(`http://127.0.0.1:${port}/`)
      expect(home.status).toBe(200)
      expect(await home.text()).toContain(await guideTitle())
      const stages = await (
        await fetch(`http://127.0.0.1:${cmsPort}/api/career-stages?limit=1&depth=0`)
      ).json()
      const stage = await fetch(`http://127.0.0.1:${port}/career-path/${stages.docs[0].slug}`)
      expect(stage.status).toBe(200)
    },
  )
})
