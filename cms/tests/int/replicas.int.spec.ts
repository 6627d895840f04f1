import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { freePort, startCms, type Service } from '@mlops-guide/stack'

import { api, cmsUrl, loginAs, randomAddress } from './helpers'
import { sampleDoc } from './samples'

/**
 * Two CMS processes on one database, as behind a load balancer: the test stack's CMS and a
 * second one started here with the same environment (so it runs the job cron too).
 */
let second: Service
let secondUrl: string
let db: pg.Client

beforeAll(async () => {
  const port = await freePort()
  second = await startCms(inject('cmsEnv'), port, { quiet: true })
  secondUrl = `http://127.0.0.1:${port}`
  db = new pg.Client({ connectionString: inject('cmsEnv').DATABASE_URL })
  await db.connect()
})
afterAll(async () => {
  await db?.end()
  await second?.stop()
})

/** A request from `address` (the test CMS trusts one proxy hop) to one of the two processes. */
async function from(address: string, base: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}/api${path}`, {
    method,
    headers: { 'x-forwarded-for': address, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  await res.arrayBuffer()
  return res.status
}

describe('two CMS processes', () => {
  it('enforce one anonymous budget between them', async () => {
    const { RATE_LIMIT_ANONYMOUS } = inject('cmsEnv')
    const limit = Number(RATE_LIMIT_ANONYMOUS)
    const address = randomAddress()
    const statuses: number[] = []
    for (let i = 0; i < limit + 10; i++) {
      statuses.push(await from(address, i % 2 ? secondUrl : cmsUrl(), 'GET', '/faqs?limit=1'))
    }
    // Each process alone would have allowed `limit`: together they allow `limit`, not twice.
    expect(statuses.filter((s) => s === 200)).toHaveLength(limit)
    expect(statuses.slice(limit)).toEqual(Array(10).fill(429))
  })

  it('count sign-in attempts together', async () => {
    const address = randomAddress()
    const attempt = (base: string) =>
      from(address, base, 'POST', '/users/login', {
        email: 'admin@guide.test',
        password: 'not-the-password',
      })
    const statuses = []
    for (let i = 0; i < 6; i++) statuses.push(await attempt(i % 2 ? secondUrl : cmsUrl()))
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
  })

  it('run each scheduled publish exactly once', async () => {
    await expectEachPublishedOnce(8)
  })

  it('keep running jobs when the process running them loses its connection, or stops', async () => {
    // The session holding the runner's lock dies (as in a network cut): another takes over.
    const killed = await db.query(
      `select pg_terminate_backend(pid) from pg_locks
       where locktype = 'advisory' and granted and pid <> pg_backend_pid()
         and objid = (hashtext('mlops-guide:job-runner')::bigint & 4294967295)`,
    )
    expect(killed.rowCount).toBe(1)
    await expectEachPublishedOnce(3)
    // Whichever process runs them now, the stack's own CMS is left alone.
    await second.stop()
    await expectEachPublishedOnce(3)
  })
})

/** Schedules `count` drafts to publish in the same second; each gets exactly one new version. */
async function expectEachPublishedOnce(count: number) {
  const admin = await loginAs('admin')
  const editor = await loginAs('editor')
  const me = (await api('GET', '/users/me', { token: editor })).body.user.id
  const ids: number[] = []
  for (let i = 0; i < count; i++) {
    const { data } = await sampleDoc('faqs')
    const made = await api('POST', '/faqs', { token: admin, body: data })
    ids.push(made.body.doc.id)
    await api('PATCH', `/faqs/${made.body.doc.id}?draft=true`, {
      token: editor,
      body: { question: `Replica question ${i} ${Date.now()}?`, _status: 'draft' },
    })
  }
  const everyVersionCount = async () => {
    const counts = []
    for (const id of ids) {
      const { rows } = await db.query('select count(*) as n from _faqs_v where parent_id = $1', [
        id,
      ])
      counts.push(Number(rows[0].n))
    }
    return counts
  }
  const before = await everyVersionCount()
  // Due on a second boundary, when every process's cron ticks.
  const at = new Date(Math.ceil((Date.now() + 3000) / 1000) * 1000)
  for (const id of ids) {
    await db.query(
      `insert into payload_jobs (input, task_slug, queue, wait_until, processing, has_error, total_tried, created_at, updated_at)
       values ($1, 'schedulePublish', 'default', $2, false, false, 0, now(), now())`,
      [
        JSON.stringify({
          type: 'publish',
          doc: { relationTo: 'faqs', value: String(id) },
          user: { relationTo: 'users', value: me },
        }),
        at.toISOString(),
      ],
    )
  }
  const pending = async () => {
    const { rows } = await db.query(
      `select count(*) as n from payload_jobs
       where task_slug = 'schedulePublish' and input->'doc'->>'value' = any($1)`,
      [ids.map(String)],
    )
    return Number(rows[0].n)
  }
  await expect.poll(pending, { timeout: 15_000, interval: 250 }).toBe(0)
  // A couple more ticks: a second run of any job would land now.
  await new Promise((r) => setTimeout(r, 2500))
  expect(await everyVersionCount()).toEqual(before.map((n) => n + 1))
  for (const id of ids) {
    expect((await api('GET', `/faqs/${id}`)).body.question).toMatch(/^Replica question/)
    await api('DELETE', `/faqs/${id}`, { token: admin })
  }
}
