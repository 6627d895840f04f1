import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { ContentEvent, DocumentEvent } from '@mlops-guide/content/events'
import { SIGNATURE_HEADER, verifySignature, verifyWebhook } from '@mlops-guide/content/webhook'
import {
  announceRestore,
  backupDatabase,
  freePort,
  restoreDatabase,
  startCms,
  type Service,
} from '@mlops-guide/stack'

import { adminLogin, api } from './helpers'

/**
 * Content events (cms/src/events): one typed event per public change, recorded in the write's
 * transaction and delivered after commit, to the site's change notice and to webhooks.
 *
 * These tests need a CMS of their own: they stop it with kill -9, fail its commits and restore
 * its database. It runs on a copy of the test stack's database, with no webhook subscribers
 * or jobs of the other test files, and sends its site notices to a receiver here.
 */
const env = inject('cmsEnv')
const database = `events_${process.pid}`
const url = (() => {
  const u = new URL(env.DATABASE_URL)
  u.pathname = `/${database}`
  return u.toString()
})()
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-events-'))

/** What the site (path /site) and a webhook subscriber (path /hooks) were sent, verified. */
let siteEvents: ContentEvent[] = []
let hookEvents: ContentEvent[] = []
let receiver: http.Server
let receiverUrl: string
let subscriberSecret = ''

let cms: Service
let base: string
let admin: string

async function sql<T = Record<string, unknown>>(query: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(query)).rows as T[]
  } finally {
    await client.end()
  }
}

async function startOwnCms() {
  const port = await freePort()
  cms = await startCms(
    { ...env, DATABASE_URL: url, SITE_REVALIDATE_URLS: `${receiverUrl}/site` },
    port,
    { quiet: true },
  )
  base = `http://127.0.0.1:${port}`
  admin = await adminLogin(base)
}

const call = (method: string, apiPath: string, body?: unknown) =>
  api(method, apiPath, { base, token: admin, body })

const idOf = async (collection: string, slug: string) =>
  (await call('GET', `/${collection}?where[slug][equals]=${slug}&depth=0`)).body.docs[0] as {
    id: number
    [field: string]: unknown
  }

const documentEvents = (events: ContentEvent[]) =>
  events.filter((e): e is DocumentEvent => e.change !== 'reset')

/** Waits until nothing new arrived for a while: the dispatcher runs within milliseconds. */
async function quiet(ms = 2500) {
  let seen = -1
  while (seen !== siteEvents.length + hookEvents.length) {
    seen = siteEvents.length + hookEvents.length
    await new Promise((r) => setTimeout(r, ms))
  }
}

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      const signature = req.headers[SIGNATURE_HEADER] as string
      if (req.url === '/site' && verifySignature(env.REVALIDATE_SECRET!, body, signature)) {
        siteEvents.push(...(JSON.parse(body) as { events: ContentEvent[] }).events)
      } else if (req.url === '/hooks') {
        const event = verifyWebhook(subscriberSecret, body, signature)
        if (event) hookEvents.push(event)
      }
      res.writeHead(200).end()
    })
  })
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`

  const copy = path.join(tmp, 'copy.dump')
  backupDatabase(env.DATABASE_URL, copy)
  const server = new pg.Client({ connectionString: env.DATABASE_URL })
  await server.connect()
  await server.query(`create database "${database}"`)
  await server.end()
  restoreDatabase(url, copy)
  await sql(`
    DELETE FROM webhook_deliveries; DELETE FROM webhook_subscribers; DELETE FROM payload_jobs;
    UPDATE content_events SET dispatched_at = now();`)

  await startOwnCms()
  const made = await call('POST', '/webhook-subscribers', {
    name: 'Job board',
    url: `${receiverUrl}/hooks`,
  })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  subscriberSecret = made.body.doc.secret
}, 120_000)

afterAll(async () => {
  await cms?.stop()
  receiver?.closeAllConnections()
  await new Promise((r) => receiver?.close(r))
  const server = new pg.Client({ connectionString: env.DATABASE_URL })
  await server.connect()
  await server.query(`drop database if exists "${database}" with (force)`)
  await server.end()
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('content events', () => {
  it('publishing the Senior band: events for the band, the FAQ quoting it and every stage showing it, each once, in order', async () => {
    const senior = await idOf('salary-bands', 'senior')
    const faq = await idOf('faqs', 'mlops-salaries')
    // The seed pairs no stage with a band (the guide never does): an editor pairs one here.
    const paired = await idOf('career-stages', 'mlops-engineer')
    hookEvents = []
    const pairing = await call('PATCH', `/career-stages/${paired.id}`, {
      salaryBand: senior.id,
      salaryBandReason: 'Paired by this test',
      _status: 'published',
    })
    expect(pairing.status, JSON.stringify(pairing.body)).toBe(200)
    await expect.poll(() => hookEvents.length, { timeout: 10_000 }).toBeGreaterThan(0)
    await quiet(1000)
    const stages = (
      await call('GET', `/career-stages?where[salaryBand][equals]=${senior.id}&depth=0`)
    ).body.docs.map((d: { id: number }) => d.id) as number[]
    expect(stages.length).toBeGreaterThan(0)
    // Every document quoting one of its figures, as the figure index has it (the FAQ among them).
    const quoting = (
      await call(
        'GET',
        `/figure-quotes?where[targetCollection][equals]=salary-bands&where[targetId][equals]=${senior.id}&limit=100`,
      )
    ).body.docs.map((r: { source: string }) => r.source) as string[]
    expect(quoting).toContain(`faqs/${faq.id}`)
    const alsoChanged = [
      ...new Set([...quoting, ...stages.map((id) => `career-stages/${id}`)]),
    ].map((key) => {
      const [slug, id] = key.split('/') as [string, string]
      return slug === 'globals'
        ? { kind: 'global', slug: id }
        : { kind: 'collection', slug, id: Number(id) }
    })
    siteEvents = []
    hookEvents = []

    const published = await call('PATCH', `/salary-bands/${senior.id}`, {
      maxSalary: (senior.maxSalary as number) + 1000,
      _status: 'published',
    })
    expect(published.status).toBe(200)
    const expected = 1 + alsoChanged.length
    await expect.poll(() => hookEvents.length, { timeout: 10_000 }).toBe(expected)
    await quiet(1000)

    for (const received of [hookEvents, siteEvents]) {
      const events = documentEvents(received)
      expect(events).toHaveLength(expected)
      const [band, ...derived] = events
      expect(band).toMatchObject({
        change: 'updated',
        document: { kind: 'collection', slug: 'salary-bands', id: senior.id },
        cause: null,
      })
      expect(band!.version).toMatchObject({ id: expect.anything() })
      expect(band!.alsoChanged).toEqual(expect.arrayContaining(alsoChanged))
      expect(band!.alsoChanged).toHaveLength(alsoChanged.length)
      expect(derived.map((e) => e.document)).toEqual(expect.arrayContaining(alsoChanged))
      for (const event of derived) {
        expect(event).toMatchObject({
          change: 'updated',
          cause: { sequence: band!.sequence, document: band!.document },
        })
      }
      const sequences = events.map((e) => e.sequence)
      expect(new Set(sequences).size).toBe(sequences.length)
      expect(sequences).toEqual([...sequences].sort((a, b) => a - b))
    }
  })

  it('a draft save, an autosave and deleting a never-published draft deliver nothing', async () => {
    const senior = await idOf('salary-bands', 'senior')
    siteEvents = []
    hookEvents = []
    const draft = await call('PATCH', `/salary-bands/${senior.id}?draft=true`, {
      maxSalary: 999000,
      _status: 'draft',
    })
    expect(draft.status).toBe(200)
    const autosave = await call('PATCH', `/salary-bands/${senior.id}?draft=true&autosave=true`, {
      maxSalary: 998000,
      _status: 'draft',
    })
    expect(autosave.status).toBe(200)
    const made = await call('POST', '/faqs?draft=true', {
      question: 'A draft nobody published?',
      _status: 'draft',
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    expect((await call('DELETE', `/faqs/${made.body.doc.id}`)).status).toBe(200)
    await quiet()
    expect(siteEvents).toEqual([])
    expect(hookEvents).toEqual([])
    // Readers still see the published band.
    const read = await api('GET', `/salary-bands/${senior.id}?depth=0`, { base })
    expect(read.body.maxSalary).toBe(senior.maxSalary)
  })

  it('20 rapid publishes of one document, five at a time: strictly increasing sequences, the last one the last value', async () => {
    const faq = await idOf('faqs', 'mlops-vs-devops')
    siteEvents = []
    hookEvents = []
    // Five at a time, as a busy client would send them: they commit in an order of their own.
    const answers: { status: number }[] = []
    for (let lane = 0; lane < 20; lane += 5) {
      answers.push(
        ...(await Promise.all(
          [0, 1, 2, 3, 4].map((i) =>
            call('PATCH', `/faqs/${faq.id}`, {
              question: `MLOps vs DevOps? (${lane + i})`,
              _status: 'published',
            }),
          ),
        )),
      )
    }
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200))
    await expect.poll(() => hookEvents.length, { timeout: 15_000 }).toBe(20)
    await quiet(1000)
    for (const received of [hookEvents, siteEvents]) {
      const sequences = received.map((e) => e.sequence)
      expect(sequences).toHaveLength(20)
      for (let i = 1; i < sequences.length; i++) {
        expect(sequences[i]).toBeGreaterThan(sequences[i - 1]!)
      }
    }
    // The last event names the version readers get now.
    const last = documentEvents(hookEvents).at(-1)!
    const named = (await call('GET', `/faqs/versions/${last.version?.id}?depth=0`)).body
    const now = (await api('GET', `/faqs/${faq.id}?depth=0`, { base })).body
    expect(now.question).toMatch(/^MLOps vs DevOps\? \(\d+\)$/)
    expect(named.version.question).toBe(now.question)
    await call('PATCH', `/faqs/${faq.id}`, { question: faq.question, _status: 'published' })
    await quiet(1000)
  })

  it('20 fully concurrent publishes of one FAQ: every one answers 200, with strictly increasing sequences', async () => {
    const faq = await idOf('faqs', 'mlops-vs-devops')
    siteEvents = []
    hookEvents = []
    // All at once: more writes than the CMS has pool connections, all on one row.
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call('PATCH', `/faqs/${faq.id}`, {
          question: `MLOps vs DevOps, all at once? (${i})`,
          _status: 'published',
        }),
      ),
    )
    expect(
      answers.map((a) => a.status),
      JSON.stringify(answers.find((a) => a.status !== 200)?.body),
    ).toEqual(Array(20).fill(200))
    await expect.poll(() => hookEvents.length, { timeout: 15_000 }).toBe(20)
    await quiet(1000)
    const sequences = hookEvents.map((e) => e.sequence)
    for (let i = 1; i < sequences.length; i++) {
      expect(sequences[i]).toBeGreaterThan(sequences[i - 1]!)
    }
    await call('PATCH', `/faqs/${faq.id}`, { question: faq.question, _status: 'published' })
    await quiet(1000)
  })

  it('a write that fails after its event was recorded delivers nothing and changes nothing', async () => {
    const faq = await idOf('faqs', 'mlops-vs-devops')
    // Fails the commit itself, after every hook ran: the last moment a write can fail.
    await sql(`
      CREATE FUNCTION fail_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'forced failure at commit'; END $$;
      CREATE CONSTRAINT TRIGGER fail_at_commit AFTER INSERT ON content_events
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION fail_commit();`)
    siteEvents = []
    hookEvents = []
    try {
      const failed = await call('PATCH', `/faqs/${faq.id}`, {
        question: 'Never committed?',
        _status: 'published',
      })
      expect(failed.status).toBeGreaterThanOrEqual(400)
    } finally {
      await sql(`DROP TRIGGER fail_at_commit ON content_events; DROP FUNCTION fail_commit();`)
    }
    await quiet()
    expect(siteEvents).toEqual([])
    expect(hookEvents).toEqual([])
    expect((await api('GET', `/faqs/${faq.id}?depth=0`, { base })).body.question).toBe(faq.question)
  })

  it('kill -9 between commit and delivery: after a restart the site and the webhook get the event', async () => {
    const faq = await idOf('faqs', 'mlops-vs-devops')
    // The test holds the dispatcher's lock: the CMS commits the event and cannot deliver it.
    const holder = new pg.Client({ connectionString: url })
    await holder.connect()
    await holder.query(`SELECT pg_advisory_lock(hashtext('mlops-guide:content-dispatch'))`)
    siteEvents = []
    hookEvents = []
    try {
      const published = await call('PATCH', `/faqs/${faq.id}`, {
        question: 'MLOps vs DevOps, after a crash?',
        _status: 'published',
      })
      expect(published.status).toBe(200)
      cms.child.kill('SIGKILL')
      await new Promise((r) => cms.child.once('exit', r))
    } finally {
      await holder.end()
    }
    expect(siteEvents).toEqual([])
    const pending = await sql<{ sequence: string; event: DocumentEvent }>(
      'SELECT sequence, event FROM content_events WHERE dispatched_at IS NULL',
    )
    expect(pending).toHaveLength(1)
    expect(pending[0]!.event).toMatchObject({
      change: 'updated',
      document: { kind: 'collection', slug: 'faqs', id: faq.id },
    })
    const sequence = Number(pending[0]!.sequence)

    await startOwnCms()
    const delivered = (events: ContentEvent[]) => events.some((e) => e.sequence === sequence)
    await expect.poll(() => delivered(siteEvents), { timeout: 15_000 }).toBe(true)
    await expect.poll(() => delivered(hookEvents), { timeout: 15_000 }).toBe(true)
    await call('PATCH', `/faqs/${faq.id}`, { question: faq.question, _status: 'published' })
    await quiet(1000)
  }, 90_000)

  it('a restore with the CMS running: no answer from before it is served, and sequences keep increasing', async () => {
    const faq = await idOf('faqs', 'mlops-vs-devops')
    const file = path.join(tmp, 'before.dump')
    backupDatabase(url, file)

    await call('PATCH', `/faqs/${faq.id}`, {
      question: 'Asked after the backup?',
      _status: 'published',
    })
    await quiet(1000)
    const highest = Math.max(...siteEvents.map((e) => e.sequence))
    // Anonymous reads of the new text, which the read cache now holds.
    for (let i = 0; i < 2; i++) {
      const read = await api('GET', `/faqs/${faq.id}?depth=0`, { base })
      expect(read.body.question).toBe('Asked after the backup?')
    }
    siteEvents = []
    hookEvents = []

    restoreDatabase(url, file)
    await announceRestore(url)
    const after = await api('GET', `/faqs/${faq.id}?depth=0`, { base })
    expect(after.body.question).toBe(faq.question)
    await expect.poll(() => siteEvents.map((e) => e.change), { timeout: 10_000 }).toContain('reset')
    await expect.poll(() => hookEvents.map((e) => e.change), { timeout: 10_000 }).toContain('reset')
    expect(siteEvents.find((e) => e.change === 'reset')!.sequence).toBeGreaterThan(highest)

    await call('PATCH', `/faqs/${faq.id}`, {
      question: 'Asked after the restore?',
      _status: 'published',
    })
    await expect
      .poll(() => documentEvents(siteEvents).length, { timeout: 10_000 })
      .toBeGreaterThan(0)
    expect(documentEvents(siteEvents)[0]!.sequence).toBeGreaterThan(highest)
    await call('PATCH', `/faqs/${faq.id}`, { question: faq.question, _status: 'published' })
  }, 60_000)
})
