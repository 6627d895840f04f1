/**
 * `npm run bench:scale-out`: two CMS processes and two site processes behind nginx,
 * against one PostgreSQL, on this machine. Under a steady read load (wrk, loopback,
 * bounded) it stops and restarts one site and one CMS process, then restarts PostgreSQL,
 * then publishes a change through one CMS, and reports:
 *   - failed reader requests (non-2xx and socket errors wrk counted): must be 0;
 *   - how long each CMS took to answer again after the database came back (aim < 30 s,
 *     without restarting it);
 *   - how long the change took to show on each site process (aim < 1 s);
 *   - one rate-limit budget across both CMS processes: an API key allowed KEY_LIMIT requests
 *     per window sends twice that many, alternating between the two processes directly;
 *     exactly KEY_LIMIT must be answered (counters per process would answer all of them).
 * Exits 1 when an aim is missed. Needs wrk and nginx (Debian packages).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'

import {
  buildCms,
  buildWeb,
  freePort,
  startCms,
  startEmbeddedDatabase,
  startWeb,
  step,
  type CmsEnv,
  type Service,
} from '@mlops-guide/stack'

import { startNginx } from './nginx.ts'
import { requireTools, wrkInBackground, type WrkResult } from './wrk.ts'

requireTools('wrk', 'nginx')

const SITE_LOAD = { threads: 2, connections: 16, seconds: Number(process.env.SCALE_SECONDS ?? 60) }
const CMS_LOAD = { threads: 1, connections: 4, seconds: 25 }
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Milliseconds from `since` until `check` holds, polling every `everyMs`; Infinity past `limitMs`. */
async function msUntil(
  since: number,
  check: () => Promise<boolean>,
  everyMs: number,
  limitMs: number,
) {
  while (Date.now() - since < limitMs) {
    if (await check().catch(() => false)) return Date.now() - since
    await sleep(everyMs)
  }
  return Infinity
}

const KEY_LIMIT = 500

/**
 * An API key allowed KEY_LIMIT requests per window sends twice that many, 8 at a time,
 * alternating between the two CMS processes (directly, not through nginx).
 */
async function sharedBudget(token: string) {
  const apiKey = randomBytes(24).toString('hex')
  await fetch(`http://127.0.0.1:${cmsPorts[0]}/api/api-clients`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({
      name: 'Scale-out bench',
      enableAPIKey: true,
      apiKey,
      requestsPerWindow: KEY_LIMIT,
    }),
  }).then((r) => r.json())
  const authorization = `api-clients API-Key ${apiKey}`
  let answered = 0
  let refused = 0
  const times: number[] = []
  for (let i = 0; i < KEY_LIMIT * 2; i += 8) {
    await Promise.all(
      Array.from({ length: 8 }, async (_, j) => {
        const port = cmsPorts[(i + j) % 2]
        const started = performance.now()
        const res = await fetch(`http://127.0.0.1:${port}/api/faqs?limit=1&depth=0`, {
          headers: { authorization },
        })
        await res.arrayBuffer()
        times.push(performance.now() - started)
        if (res.status === 200) answered++
        else if (res.status === 429) refused++
      }),
    )
  }
  times.sort((a, b) => a - b)
  return { answered, refused, p50: times[Math.floor(times.length / 2)]! }
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-guide-scale-'))
const dbDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-guide-scale-db-'))
const dbPort = await freePort()
const startDb = () =>
  startEmbeddedDatabase({ dataDir: dbDir, port: dbPort, database: 'guide', quiet: true })
let db = await startDb()

const [cmsPorts, webPorts] = [
  [await freePort(), await freePort()],
  [await freePort(), await freePort()],
]
const [siteLb, cmsLb] = [await freePort(), await freePort()]
const admin = { email: 'admin@scale.test', password: randomBytes(12).toString('hex') }
const env: CmsEnv = {
  NODE_ENV: 'production',
  DATABASE_URL: db.url,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  REVALIDATE_SECRET: randomBytes(32).toString('hex'),
  SITE_API_KEY: randomBytes(32).toString('hex'),
  CMS_PUBLIC_URL: `http://localhost:${cmsLb}`,
  // The sites read the CMS through nginx, so either CMS process can answer.
  CMS_INTERNAL_URL: `http://127.0.0.1:${cmsLb}`,
  WEB_PUBLIC_URL: `http://localhost:${siteLb}`,
  // A change is announced to every site process.
  SITE_REVALIDATE_URLS: webPorts.map((p) => `http://127.0.0.1:${p}/api/revalidate`).join(','),
  RATE_LIMIT_ANONYMOUS: '100000000',
  SEED_ADMIN_EMAIL: admin.email,
  SEED_ADMIN_PASSWORD: admin.password,
}
const siteEnv = (i: number) => ({
  ...env,
  CONTENT_SNAPSHOT_FILE: path.join(tmp, `snapshot-${i}.json`),
})
const cms: Service[] = []
const web: Service[] = []
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined
const problems: string[] = []

try {
  await buildCms(env, { quiet: true })
  await buildWeb(env, { quiet: true })
  for (const port of cmsPorts) cms.push(await startCms(env, port, { quiet: true }))
  nginx = await startNginx(
    tmp,
    // Retry an idempotent request on the other process when one is gone or restarting.
    `upstream cms { server 127.0.0.1:${cmsPorts[0]} max_fails=0; server 127.0.0.1:${cmsPorts[1]} max_fails=0; keepalive 16; }
  upstream site { server 127.0.0.1:${webPorts[0]} max_fails=0; server 127.0.0.1:${webPorts[1]} max_fails=0; keepalive 32; }
  proxy_http_version 1.1; proxy_set_header Connection "";
  proxy_next_upstream error timeout http_502 http_503; proxy_next_upstream_tries 2;
  proxy_connect_timeout 1s;
  server { listen 127.0.0.1:${cmsLb}; location / { proxy_pass http://cms; } }
  server { listen 127.0.0.1:${siteLb}; location / { proxy_pass http://site; } }`,
  )
  for (const [i, port] of webPorts.entries()) {
    web.push(await startWeb(siteEnv(i), port, { quiet: true }))
  }

  step(
    `load: site via nginx (wrk -c${SITE_LOAD.connections} ${SITE_LOAD.seconds}s), CMS API via nginx (wrk -c${CMS_LOAD.connections} ${CMS_LOAD.seconds}s)`,
  )
  const started = Date.now()
  const siteLoad = wrkInBackground(`http://127.0.0.1:${siteLb}/`, SITE_LOAD)
  const cmsLoad = wrkInBackground(`http://127.0.0.1:${cmsLb}/api/faqs?limit=5&depth=0`, CMS_LOAD)
  const at = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
  await sleep(3000)

  step(`${at()}: stopping site process 1 (SIGTERM), then starting it again`)
  await web[0]!.stop()
  web[0] = await startWeb(siteEnv(0), webPorts[0]!, { quiet: true })
  step(`${at()}: site process 1 serving again`)
  await sleep(2000)

  step(`${at()}: stopping CMS process 1 (SIGTERM), then starting it again`)
  await cms[0]!.stop()
  cms[0] = await startCms(env, cmsPorts[0]!, { quiet: true })
  step(`${at()}: CMS process 1 serving again`)

  const cmsResult = await cmsLoad
  step(`${at()}: restarting PostgreSQL (the CMS processes keep running)`)
  await db.stop()
  await sleep(1000)
  db = await startDb()
  const back = Date.now()
  const recovery = await Promise.all(
    cmsPorts.map((port) =>
      msUntil(
        back,
        async () => (await fetch(`http://127.0.0.1:${port}/api/faqs?limit=1&depth=0`)).ok,
        100,
        60_000,
      ),
    ),
  )
  step(`${at()}: CMS answering again after ${recovery.map((ms) => `${ms} ms`).join(' and ')}`)

  step(`${at()}: publishing a change through CMS process 1`)
  const login = await fetch(`http://127.0.0.1:${cmsPorts[0]}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  }).then((r) => r.json())
  const faqs = await fetch(`http://127.0.0.1:${cmsPorts[0]}/api/faqs?limit=1&depth=0`).then((r) =>
    r.json(),
  )
  const question = `Scale-out check ${Date.now()}?`
  const published = Date.now()
  await fetch(`http://127.0.0.1:${cmsPorts[0]}/api/faqs/${faqs.docs[0].id}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${login.token}` },
    body: JSON.stringify({ question }),
  })
  const propagation = await Promise.all(
    webPorts.map((port) =>
      msUntil(
        published,
        async () =>
          (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.text())).includes(question),
        20,
        10_000,
      ),
    ),
  )
  step(
    `${at()}: the change shows on the site processes after ${propagation.map((ms) => `${ms} ms`).join(' and ')}`,
  )

  step(
    `${at()}: one budget: ${KEY_LIMIT * 2} requests with a key allowed ${KEY_LIMIT}, over both CMS processes`,
  )
  const shared = await sharedBudget(login.token)

  const siteResult = await siteLoad
  const row = (name: string, r: WrkResult) =>
    `${name.padEnd(30)} ${String(r.requests).padStart(9)} requests ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${r.p99ms.toFixed(1).padStart(7)} ms   failed ${r.errors}`
  console.log('\nscale-out: 2 CMS + 2 site processes behind nginx, one PostgreSQL')
  console.log(row('readers: site via nginx', siteResult))
  console.log(row('API: CMS via nginx', cmsResult))
  console.log(
    `PostgreSQL restart: CMS answering again after ${recovery.join(' ms, ')} ms (aim < 30000 ms)`,
  )
  console.log(
    `publish on CMS 1: visible on site 1 and 2 after ${propagation.join(' ms, ')} ms (aim < 1000 ms)`,
  )
  console.log(
    `shared rate limit: ${shared.answered} of ${KEY_LIMIT * 2} answered, ${shared.refused} refused (key limit ${KEY_LIMIT} per window; per-process counters would answer ${KEY_LIMIT * 2}); counted request p50 ${shared.p50.toFixed(1)} ms`,
  )
  if (shared.answered !== KEY_LIMIT)
    problems.push(`${shared.answered} requests answered over a budget of ${KEY_LIMIT}`)
  if (siteResult.errors)
    problems.push(`${siteResult.errors} failed reader requests (${siteResult.errorKinds})`)
  if (cmsResult.errors) problems.push(`${cmsResult.errors} failed API requests`)
  if (recovery.some((ms) => ms >= 30_000)) problems.push('a CMS took 30 s or more to recover')
  if (propagation.some((ms) => ms >= 1000))
    problems.push('a site process took 1 s or more to show the change')
} finally {
  for (const service of [...web, ...cms]) await service.stop()
  nginx?.stop()
  await db.stop()
  fs.rmSync(tmp, { recursive: true, force: true })
  fs.rmSync(dbDir, { recursive: true, force: true })
}
console.log(problems.length ? `FAILED: ${problems.join('; ')}` : 'all aims met: 0 failed requests')
process.exit(problems.length ? 1 : 0)
