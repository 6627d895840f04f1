/**
 * `npm run bench:cold-starts`: starts the built CMS (`node server.js`, production mode, no
 * TypeScript loader) COLD_STARTS times in a row (default 50), each time on a new empty
 * database, and times each start from spawn to a healthy /api/health: the server applies
 * every migration, finds the database empty, seeds the guide, and opens its port. Then it
 * checks the seeded guide over REST. A start that exits early or is not healthy within
 * STALL_SECONDS (default 60) counts as a failure or a stall. Prints the spread of start
 * times against the first start's, and exits 1 on any failure or stall.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import {
  buildCms,
  cmsDir,
  freePort,
  startEmbeddedDatabase,
  startService,
  step,
} from '@mlops-guide/stack'

const STARTS = Number(process.env.COLD_STARTS ?? 50)
const STALL_MS = Number(process.env.STALL_SECONDS ?? 60) * 1000

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-guide-cold-'))
const db = await startEmbeddedDatabase({
  dataDir,
  port: await freePort(),
  database: 'postgres',
  quiet: true,
})
const admin = new pg.Client({ connectionString: db.url })
await admin.connect()
const secret = randomBytes(32).toString('hex')
await buildCms({ DATABASE_URL: db.url, PAYLOAD_SECRET: secret }, { quiet: true })

type Outcome = { ms: number; result: 'ok' | 'failed' | 'stalled'; detail?: string }

async function coldStart(i: number): Promise<Outcome> {
  const name = `cold_${i}`
  await admin.query(`create database ${name}`)
  const url = db.url.replace(/\/postgres$/, `/${name}`)
  const port = await freePort()
  const started = performance.now()
  const cms = startService('cms', process.execPath, ['server.js', '--port', String(port)], {
    cwd: cmsDir,
    env: { NODE_ENV: 'production', DATABASE_URL: url, PAYLOAD_SECRET: secret },
    quiet: true,
  })
  try {
    while (performance.now() - started < STALL_MS) {
      if (cms.child.exitCode !== null) {
        return {
          ms: performance.now() - started,
          result: 'failed',
          detail: `exit ${cms.child.exitCode}`,
        }
      }
      const res = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null)
      if (res?.status === 200) {
        const ms = performance.now() - started
        const faqs = await (await fetch(`http://127.0.0.1:${port}/api/faqs/count`)).json()
        const page = await (await fetch(`http://127.0.0.1:${port}/api/globals/guide-page`)).json()
        if (faqs.totalDocs !== 5 || !page.hero?.title) {
          return { ms, result: 'failed', detail: 'guide not seeded' }
        }
        return { ms, result: 'ok' }
      }
      await new Promise((r) => setTimeout(r, 50))
    }
    return { ms: performance.now() - started, result: 'stalled' }
  } finally {
    await cms.stop()
    await admin.query(`drop database ${name} with (force)`)
  }
}

const outcomes: Outcome[] = []
try {
  for (let i = 1; i <= STARTS; i++) {
    const outcome = await coldStart(i)
    outcomes.push(outcome)
    step(
      `start ${String(i).padStart(2)}/${STARTS}: ${outcome.result} in ${(outcome.ms / 1000).toFixed(2)} s${outcome.detail ? ` (${outcome.detail})` : ''}`,
    )
  }
} finally {
  await admin.end()
  await db.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
}

const ok = outcomes
  .filter((o) => o.result === 'ok')
  .map((o) => o.ms)
  .sort((a, b) => a - b)
const count = (r: Outcome['result']) => outcomes.filter((o) => o.result === r).length
const at = (q: number) => ok[Math.min(ok.length - 1, Math.floor(q * ok.length))] ?? NaN
const first = outcomes[0]?.ms ?? NaN
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
console.log(`
cold starts (migrate all + seed + ready, fresh database each): ${outcomes.length}
  ok ${count('ok')}, failed ${count('failed')}, stalled ${count('stalled')}
  start time: min ${s(at(0))}, median ${s(at(0.5))}, p95 ${s(at(0.95))}, max ${s(at(1))}
  median vs the first start in this run: ${(at(0.5) / first).toFixed(2)}x`)
process.exit(count('ok') === outcomes.length ? 0 : 1)
