/**
 * `npm run bench:admin-publish`: a publish from the admin reaches the site as fast as one over
 * REST. On one fresh stack with the site, in the same run, SAMPLES rounds (5) of:
 *   - REST (the baseline): an editor PATCHes an FAQ's question with `_status: 'published'`
 *     (and `depth=0`, as the admin does); the ms from the request until the site's guide page
 *     shows the new question;
 *   - admin: the same editor, in Chromium, opens the FAQ's edit page, types a new question
 *     and clicks "Publish changes" (after THINK_MS, 0); the ms from the click until the site
 *     shows it.
 * The two alternate, so a busy moment of the shared machine falls on both alike. Chromium runs
 * at `nice` CHROMIUM_NICE (10). Prints median and max of each, their ratio, and where the time
 * went (the publish request's answer, its content event in the CMS's outbox, the admin's
 * requests); exits 1 if the admin's median is over 1.5x the REST median.
 */
import pg from 'pg'

import { startTestStack, step } from '@mlops-guide/stack'

import { adminEditor, launchChromium, type AdminRequest } from './adminEditor.ts'
import { medianAndMax, stackClients } from './stackClients.ts'

const SAMPLES = Number(process.env.SAMPLES ?? 5)
const LIMIT = 1.5
/** The editor's pause between typing and the click; 0 (the default) clicks at once. */
const THINK_MS = Number(process.env.THINK_MS ?? 0)

const stack = await startTestStack({ web: true, env: { RATE_LIMIT_ANONYMOUS: '1000000' } })
const { cms, site } = stackClients(stack)
const db = new pg.Client({ connectionString: stack.env.DATABASE_URL })
// The editor's browser would run on the editor's computer: here it yields to the servers.
const browser = await launchChromium(Number(process.env.CHROMIUM_NICE ?? 10))

/**
 * Polls the site's guide page from now until it shows `text`; resolves with when (epoch ms).
 * It starts before the publish, so it never waits on the publishing side to return.
 */
async function whenShown(text: string): Promise<number> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if ((await site('/')).includes(text)) return Date.now()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`the site did not show "${text}" within 10 s`)
}

type Run = {
  /** From the request or the click until the site showed the change. */
  ms: number
  /** From the same start until the publish request was answered. */
  answeredMs: number
  /** From the same start until the CMS recorded the change's event, and dispatched it. */
  recordedMs: number
  dispatchedMs: number
  events: number
}

let lastSequence = 0
/** The change's content events (the CMS's outbox) since the previous publish. */
async function newEvents() {
  const { rows } = await db.query<{
    sequence: string
    event: { time: string }
    dispatched_at: Date | null
  }>(
    'SELECT sequence, event, dispatched_at FROM content_events WHERE sequence > $1 ORDER BY sequence',
    [lastSequence],
  )
  lastSequence = Number(rows.at(-1)?.sequence ?? lastSequence)
  return rows.map((r) => ({
    recordedAt: Date.parse(r.event.time),
    dispatchedAt: r.dispatched_at?.getTime() ?? NaN,
  }))
}

/** Times one publish: `publish` says when it started and when its request was answered. */
async function timed(
  publish: () => Promise<{ startedAt: number; answeredAt: number }>,
  text: string,
): Promise<Run> {
  const shown = whenShown(text)
  const { startedAt, answeredAt } = await publish()
  const shownAt = await shown
  const events = await newEvents()
  return {
    ms: shownAt - startedAt,
    answeredMs: answeredAt - startedAt,
    recordedMs: (events[0]?.recordedAt ?? NaN) - startedAt,
    dispatchedMs: (events[0]?.dispatchedAt ?? NaN) - startedAt,
    events: events.length,
  }
}

let failed: boolean
try {
  await db.connect()
  await newEvents()
  const { token: adminToken } = await cms('POST', '/users/login', undefined, {
    email: stack.env.SEED_ADMIN_EMAIL,
    password: stack.env.SEED_ADMIN_PASSWORD,
  })
  const login = { email: 'editor@bench.test', password: 'editor-password-123' }
  await cms('POST', '/users', adminToken, { ...login, roles: ['editor'] })
  const { token } = await cms('POST', '/users/login', undefined, login)
  const faq = (await cms('GET', '/faqs?limit=1&depth=0', token)).docs[0]

  step('signing an editor in to the admin in Chromium')
  const editor = await adminEditor(browser, stack.env.CMS_PUBLIC_URL!, login)

  const rest: Run[] = []
  const admin: Run[] = []
  let lastRequests: { requests: AdminRequest[]; clickedAt: number } | undefined
  // Round 0 warms both paths up (the first edit page, the first publishes) and is not counted.
  for (let k = 0; k <= SAMPLES; k++) {
    step(k === 0 ? 'warm-up: a publish over REST, one from the admin' : `round ${k} of ${SAMPLES}`)
    const byRest = `REST question ${k} ${Date.now()}?`
    const r = await timed(async () => {
      const startedAt = Date.now()
      const answer = await cms('PATCH', `/faqs/${faq.id}?depth=0`, token, {
        question: byRest,
        _status: 'published',
      })
      if (answer.doc?.question !== byRest) throw new Error(JSON.stringify(answer))
      return { startedAt, answeredAt: Date.now() }
    }, byRest)

    const byAdmin = `Admin question ${k} ${Date.now()}?`
    await editor.typeQuestion(faq.id, byAdmin)
    await new Promise((resolve) => setTimeout(resolve, THINK_MS))
    let clickedAt = 0
    const a = await timed(async () => {
      const click = await editor.clickPublish(faq.id)
      clickedAt = click.clickedAt
      const status = await click.status
      if (status !== 200) throw new Error(`the admin's publish answered ${status}`)
      return { startedAt: click.clickedAt, answeredAt: Date.now() }
    }, byAdmin)
    await new Promise((resolve) => setTimeout(resolve, 500)) // the admin's follow-up requests
    const requests = await editor.leave()
    if (k === 0) continue
    rest.push(r)
    admin.push(a)
    lastRequests = { requests, clickedAt }
  }

  const ms = (n: number) => `${Math.round(n)} ms`
  // Each column right-aligned under its heading; the time columns are medians but `max`.
  const headings = ['visible', 'max', 'answered', 'recorded', 'dispatched']
  const width = (i: number) => Math.max(headings[i]!.length, 7) + 3
  const row = (label: string, cells: string[]) =>
    label.padEnd(6) + cells.map((c, i) => c.padStart(width(i))).join('')
  const runsRow = (label: string, runs: Run[]) => {
    const median = (key: keyof Run) => ms(medianAndMax(runs.map((x) => x[key])).median)
    const { max } = medianAndMax(runs.map((x) => x.ms))
    const times = [median('ms'), ms(max), median('answeredMs'), median('recordedMs')]
    const events = runs.map((x) => x.events).join(',')
    return `${row(label, [...times, median('dispatchedMs')])}   events: ${events}`
  }
  const a = medianAndMax(admin.map((x) => x.ms))
  const b = medianAndMax(rest.map((x) => x.ms))
  const ratio = a.median / b.median
  console.log(`
publish → visible on the site: ${SAMPLES} of each, alternating; ms from the request (REST) or the click (admin)
${row('', headings)}
${runsRow('REST', rest)}
${runsRow('admin', admin)}
admin / REST: median ${ratio.toFixed(2)}x, max ${(a.max / b.max).toFixed(2)}x (limit ${LIMIT}x on the median)
(medians but max; answered: the publish request's answer; recorded, dispatched: its content
event in the CMS's outbox; events: content events per publish)`)
  console.log("the admin's requests in the last round, ms from the click (start-end):")
  for (const r of lastRequests?.requests ?? []) {
    const start = r.startedAt - lastRequests!.clickedAt
    console.log(
      `  ${`${Math.round(start)}-${Math.round(start + r.ms)}`.padStart(9)}  ${r.method} ${r.path}`,
    )
  }
  failed = ratio > LIMIT
} finally {
  await browser.close()
  await db.end()
  await stack.stop()
}
process.exit(failed ? 1 : 0)
