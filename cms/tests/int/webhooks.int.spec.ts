import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  DELIVERY_HEADER,
  SIGNATURE_HEADER,
  verifyWebhook,
  type ContentEvent,
} from '@mlops-guide/content/webhook'
import type { DocumentEvent } from '@mlops-guide/content/events'

import { api, loginAs } from './helpers'
import { sampleDoc } from './samples'

/**
 * A local receiver, as another app would run one: it answers each request as the test
 * says (a status, or no answer for a while) and records what arrived.
 */
type Received = { at: number; body: string; signature: string | null; delivery: string | null }
let received: Received[] = []
let answers: (number | 'hang')[] = []
let receiver: http.Server
let receiverUrl: string

let admin: string
const subscribers: number[] = []

beforeAll(async () => {
  admin = await loginAs('admin')
  receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      received.push({
        at: Date.now(),
        body,
        signature: req.headers[SIGNATURE_HEADER] as string,
        delivery: req.headers[DELIVERY_HEADER] as string,
      })
      const answer = answers.shift() ?? 200
      if (answer === 'hang') {
        // Longer than the CMS's timeout (WEBHOOK_TIMEOUT_MS=1000 in the test stack).
        setTimeout(() => res.writeHead(200).end(), 2500)
      } else res.writeHead(answer).end()
    })
  })
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`
})

afterAll(async () => {
  for (const id of subscribers) await api('DELETE', `/webhook-subscribers/${id}`, { token: admin })
  receiver.closeAllConnections()
  await new Promise((r) => receiver.close(r))
})

async function subscribe(data: Record<string, unknown> = {}) {
  const made = await api('POST', '/webhook-subscribers', {
    token: admin,
    body: { name: 'Job board', url: receiverUrl, ...data },
  })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  subscribers.push(made.body.doc.id)
  return made.body.doc as { id: number; secret: string }
}

async function pause(id: number) {
  await api('PATCH', `/webhook-subscribers/${id}`, { token: admin, body: { active: false } })
}

/** A fresh published FAQ; its id. */
async function publishFaq() {
  const { data } = await sampleDoc('faqs')
  const made = await api('POST', '/faqs', { token: admin, body: { ...data, _status: 'published' } })
  expect(made.status).toBe(201)
  return made.body.doc.id as number
}

async function deliveriesOf(subscriber: number) {
  const res = await api(
    'GET',
    `/webhook-deliveries?where[subscriber][equals]=${subscriber}&sort=createdAt&limit=100`,
    { token: admin },
  )
  return res.body.docs as {
    id: number
    status: string
    attempts: number
    lastStatus: number | null
    lastError: string | null
    change: string
    target: string
    attemptLog: { status: number | null; error: string | null; ms: number; at: string }[]
  }[]
}

const settled = (d: { status: string }) => d.status === 'delivered' || d.status === 'failed'

describe('webhooks', () => {
  it('are managed by admins only, with clear errors for a bad address', async () => {
    const editor = await loginAs('editor')
    expect((await api('GET', '/webhook-subscribers', { token: editor })).status).toBe(403)
    expect((await api('GET', '/webhook-subscribers')).status).toBe(403)
    const madeByEditor = await api('POST', '/webhook-subscribers', {
      token: editor,
      body: { name: 'x', url: receiverUrl },
    })
    expect(madeByEditor.status).toBe(403)
    // One event given where a list is expected was stored as no events at all.
    const single = await api('POST', '/webhook-subscribers', {
      token: admin,
      body: { name: 'Single', url: receiverUrl, events: 'publish' },
    })
    expect(single.status).toBe(400)
    expect(single.body.errors[0].data.errors[0].path).toBe('events')
    for (const url of ['not a url', 'ftp://example.com/x', 'https://user:pw@example.com/x']) {
      const res = await api('POST', '/webhook-subscribers', {
        token: admin,
        body: { name: 'Bad', url },
      })
      expect(res.status, url).toBe(400)
      expect(res.body.errors[0].data.errors[0].path).toBe('url')
    }
    // The delivery log is the CMS's own record: nobody writes it through the API.
    const forged = await api('POST', '/webhook-deliveries', {
      token: admin,
      body: { target: 'faqs 1', status: 'delivered' },
    })
    expect(forged.status).toBe(403)
  })

  it('deliver a signed notice of a publish, logged as delivered', async () => {
    received = []
    const subscriber = await subscribe()
    try {
      const id = await publishFaq()
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1)
      const [request] = received
      // Verifiable with the subscriber's secret, and with nothing else.
      const event = verifyWebhook(subscriber.secret, request!.body, request!.signature)
      expect(event).toMatchObject({
        change: 'published',
        document: { kind: 'collection', slug: 'faqs', id },
        cause: null,
      })
      expect((event as DocumentEvent).version).toMatchObject({ id: expect.anything() })
      expect((event as ContentEvent).sequence).toBeGreaterThan(0)
      expect(Date.parse((event as ContentEvent).time)).toBeGreaterThan(Date.now() - 60_000)
      expect(verifyWebhook('another-secret', request!.body, request!.signature)).toBeNull()
      expect(verifyWebhook(subscriber.secret, `${request!.body} `, request!.signature)).toBeNull()

      await expect
        .poll(async () => (await deliveriesOf(subscriber.id))[0]?.status)
        .toBe('delivered')
      const [logged] = await deliveriesOf(subscriber.id)
      expect(logged).toMatchObject({ attempts: 1, lastStatus: 200, target: `faqs ${id}` })
      expect(String(logged!.id)).toBe(request!.delivery)
      await api('DELETE', `/faqs/${id}`, { token: admin })
    } finally {
      await pause(subscriber.id)
    }
  })

  it('retry after a 500, with backoff, and log both attempts', async () => {
    received = []
    answers = [500]
    const subscriber = await subscribe({ events: ['publish'] })
    try {
      const id = await publishFaq()
      await expect
        .poll(async () => (await deliveriesOf(subscriber.id))[0]?.status, {
          timeout: 15_000,
        })
        .toBe('delivered')
      const [logged] = await deliveriesOf(subscriber.id)
      expect(logged).toMatchObject({ attempts: 2, lastStatus: 200, lastError: null })
      // Both attempts stay in its log: the failure is not erased by the success.
      expect(logged!.attemptLog).toMatchObject([
        { status: 500, error: 'answered 500', ms: expect.any(Number), at: expect.any(String) },
        { status: 200, error: null },
      ])
      expect(received).toHaveLength(2)
      // The same delivery, with the same body, at least the first backoff (300 ms) apart.
      expect(received[1]!.delivery).toBe(received[0]!.delivery)
      expect(received[1]!.body).toBe(received[0]!.body)
      expect(received[1]!.at - received[0]!.at).toBeGreaterThanOrEqual(300)
      await api('DELETE', `/faqs/${id}`, { token: admin })
    } finally {
      await pause(subscriber.id)
    }
  })

  it('retry a receiver that does not answer in time', async () => {
    received = []
    answers = ['hang']
    const subscriber = await subscribe({ events: ['publish'] })
    try {
      const id = await publishFaq()
      // The first attempt is given up after the timeout and logged as such...
      await expect
        .poll(async () => (await deliveriesOf(subscriber.id))[0], { timeout: 10_000 })
        .toMatchObject({ attempts: 1, status: 'retrying', lastError: 'no answer within 1000 ms' })
      // ...and the next one is delivered.
      await expect
        .poll(async () => (await deliveriesOf(subscriber.id))[0]?.status, { timeout: 15_000 })
        .toBe('delivered')
      expect((await deliveriesOf(subscriber.id))[0]!.attempts).toBe(2)
      await api('DELETE', `/faqs/${id}`, { token: admin })
    } finally {
      await pause(subscriber.id)
    }
  })

  it('give up after the last attempt, logged as failed', async () => {
    received = []
    answers = [503, 503, 503, 503]
    const subscriber = await subscribe({ events: ['publish'] })
    try {
      const id = await publishFaq()
      await expect
        .poll(async () => (await deliveriesOf(subscriber.id)).filter(settled).length, {
          timeout: 20_000,
        })
        .toBe(1)
      const [logged] = await deliveriesOf(subscriber.id)
      expect(logged).toMatchObject({ status: 'failed', attempts: 3, lastStatus: 503 })
      // WEBHOOK_ATTEMPTS=3 in the test stack: no fourth request, even after a while.
      await new Promise((r) => setTimeout(r, 1500))
      expect(received).toHaveLength(3)
      await api('DELETE', `/faqs/${id}`, { token: admin })
    } finally {
      answers = []
      await pause(subscriber.id)
    }
  })

  it('tell of unpublish and delete of what readers see, never of a draft, and only what was asked for', async () => {
    received = []
    const everything = await subscribe()
    const onlyTools = await subscribe({ content: ['tools'], events: ['delete'] })
    try {
      const id = await publishFaq()
      const editor = await loginAs('editor')
      // A draft of a published FAQ: readers see no change, so no event.
      await api('PATCH', `/faqs/${id}?draft=true`, {
        token: editor,
        body: { question: 'A draft question?', _status: 'draft' },
      })
      await api('PATCH', `/faqs/${id}`, { token: admin, body: { _status: 'draft' } })
      // No longer public: deleting it now changes nothing readers see, so no event.
      await api('DELETE', `/faqs/${id}`, { token: admin })
      const other = await publishFaq()
      await api('DELETE', `/faqs/${other}`, { token: admin })
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(4)
      // Delivered one at a time, in sequence order.
      const events = received.map((r) => verifyWebhook(everything.secret, r.body, r.signature)!)
      expect(events.map((e) => e.change)).toEqual([
        'published',
        'unpublished',
        'published',
        'deleted',
      ])
      const ids = events.map(
        (e) => e.change !== 'reset' && e.document.kind === 'collection' && e.document.id,
      )
      expect(ids).toEqual([id, id, other, other])
      const sequences = events.map((e) => e.sequence)
      expect(sequences).toEqual([...sequences].sort((a, b) => a - b))
      expect((await deliveriesOf(onlyTools.id)).length).toBe(0)
    } finally {
      await pause(everything.id)
      await pause(onlyTools.id)
    }
  })

  it('can be sent again by an admin: the same body and delivery id, a new attempt in the log', async () => {
    received = []
    const subscriber = await subscribe({ events: ['publish'] })
    try {
      const id = await publishFaq()
      await expect
        .poll(async () => (await deliveriesOf(subscriber.id))[0]?.status)
        .toBe('delivered')
      const [delivery] = await deliveriesOf(subscriber.id)
      const path = `/webhook-deliveries/${delivery!.id}/redeliver`
      const editor = await loginAs('editor')
      expect((await api('POST', path, { token: editor })).status).toBe(403)
      expect([401, 403]).toContain((await api('POST', path)).status)
      // An id that names nothing is a 404; one that is not an id, the API's usual 400.
      for (const [unknown, status] of [
        ['999999999', 404],
        ['abc', 400],
        ['1e3', 400],
      ] as const) {
        const res = await api('POST', `/webhook-deliveries/${unknown}/redeliver`, { token: admin })
        expect(res.status, unknown).toBe(status)
        expect(res.body.errors[0].message).toBeTruthy()
      }
      const again = await api('POST', path, { token: admin })
      expect(again.status).toBe(202)
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(2)
      expect(received[1]!.body).toBe(received[0]!.body)
      expect(received[1]!.delivery).toBe(received[0]!.delivery)
      await expect
        .poll(async () => (await deliveriesOf(subscriber.id))[0]?.attemptLog.length)
        .toBe(2)
      await api('DELETE', `/faqs/${id}`, { token: admin })
    } finally {
      await pause(subscriber.id)
    }
  })

  it('narrowed to chosen documents: only their changes, not those of other documents', async () => {
    received = []
    const senior = (await api('GET', '/salary-bands?where[slug][equals]=senior&depth=0')).body
      .docs[0]
    const subscriber = await subscribe({
      documents: [{ relationTo: 'salary-bands', value: senior.id }],
    })
    try {
      const faq = await publishFaq()
      const band = await api('PATCH', `/salary-bands/${senior.id}`, {
        token: admin,
        body: { maxSalary: senior.maxSalary, _status: 'published' },
      })
      expect(band.status).toBe(200)
      await expect.poll(() => received.length, { timeout: 10_000 }).toBeGreaterThan(0)
      await new Promise((r) => setTimeout(r, 1500))
      // The band's own events only: not the FAQ published, nor the FAQ and stages it changed.
      for (const r of received) {
        expect(verifyWebhook(subscriber.secret, r.body, r.signature)).toMatchObject({
          document: { kind: 'collection', slug: 'salary-bands', id: senior.id },
          cause: null,
        })
      }
      await api('DELETE', `/faqs/${faq}`, { token: admin })
    } finally {
      await pause(subscriber.id)
    }
  })

  it('queue nothing when the write fails', async () => {
    received = []
    const subscriber = await subscribe()
    try {
      const bad = await api('POST', '/faqs', {
        token: admin,
        body: { question: '', _status: 'published' },
      })
      expect(bad.status).toBe(400)
      await new Promise((r) => setTimeout(r, 1500))
      expect(await deliveriesOf(subscriber.id)).toEqual([])
      expect(received).toEqual([])
    } finally {
      await pause(subscriber.id)
    }
  })

  it('document the signature scheme in the OpenAPI document', async () => {
    const doc = (await api('GET', '/openapi.json')).body
    const hook = doc.webhooks?.contentChange?.post
    expect(hook?.description).toMatch(/x-guide-signature/)
    expect(hook?.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/ContentEvent',
    )
    expect(JSON.stringify(doc.components.schemas.ContentEvent)).toMatch(/unpublished/)
    expect(hook?.parameters.map((p: { name: string }) => p.name)).toEqual([
      SIGNATURE_HEADER,
      DELIVERY_HEADER,
    ])
  })
})
