/**
 * `npm run bench:search`: how long the site's search takes on the server when the guide
 * grows. On one fresh stack, in the same run, first with the guide's own content (the
 * baseline), then after editors publish 1,000 tools, 250 companies and 100 FAQs: every query
 * below ROUNDS times, one request at a time. Reads the search's own time from the page's
 * Server-Timing header (web/src/routes/(site)/search/+page.server.ts) and the whole request
 * as the client sees it; prints p50, p95 and max of each, and their ratio to the baseline.
 * Exits 1 when the search's p95 at scale is 20 ms or more.
 */
import { startTestStack, step } from '@mlops-guide/stack'

import { stackClients } from './stackClients.ts'

const ROUNDS = Number(process.env.ROUNDS ?? 30)
const TARGET_P95_MS = 20

const QUERIES = [
  'kubernets', // a typo
  'docker',
  'k', // a prefix of many words
  'mlops engineer salary',
  'what should I learn first',
  'devops to mlops',
  'scale tool 500',
  'python go rust',
  'no such thing anywhere',
  // The longest search the site takes: 200 characters of the guide's words.
  'kubernetes docker mlflow airflow terraform prometheus grafana python '.repeat(3).slice(0, 200),
]

const stack = await startTestStack({ web: true, env: { RATE_LIMIT_ANONYMOUS: '1000000' } })
const { adminToken, publishScale } = stackClients(stack)

/** One search: the server's own time (Server-Timing) and the whole request's. */
async function search(query: string) {
  const started = performance.now()
  const res = await fetch(`${stack.webUrl}/search?q=${encodeURIComponent(query)}`)
  await res.arrayBuffer()
  const wall = performance.now() - started
  if (res.status !== 200) throw new Error(`search "${query}": ${res.status}`)
  const server = Number(/search;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1])
  return { server, wall }
}

const percentile = (times: number[], p: number) => {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
const summary = (times: number[]) => ({
  p50: percentile(times, 50),
  p95: percentile(times, 95),
  max: Math.max(...times),
})

/** Every query ROUNDS times (the first search of a content version builds its index). */
async function measure() {
  const first = await search(QUERIES[0]!)
  const server: number[] = []
  const wall: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      const t = await search(query)
      server.push(t.server)
      wall.push(t.wall)
    }
  }
  return { firstSearch: first.server, server: summary(server), wall: summary(wall) }
}

let failed: boolean
try {
  const token = await adminToken()
  step('baseline: the guide as seeded')
  const baseline = await measure()

  const toolSlugs = await publishScale(token)
  const scaled = await measure()

  const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(12)
  const row = (label: string, a: number, b: number) =>
    `${label.padEnd(30)}${ms(a)}${ms(b)}${`${(b / a).toFixed(2)}x`.padStart(9)}`
  console.log(`
${''.padEnd(30)}${'as seeded'.padStart(12)}${'at scale'.padStart(12)}${'ratio'.padStart(9)}
${row('search (server), p50', baseline.server.p50, scaled.server.p50)}
${row('search (server), p95', baseline.server.p95, scaled.server.p95)}
${row('search (server), max', baseline.server.max, scaled.server.max)}
${row('first search (builds index)', baseline.firstSearch, scaled.firstSearch)}
${row('whole request (client), p50', baseline.wall.p50, scaled.wall.p50)}
${row('whole request (client), p95', baseline.wall.p95, scaled.wall.p95)}
(${QUERIES.length} queries x ${ROUNDS} rounds each, one at a time; at scale: ${toolSlugs.length} tools,
+250 companies, +100 FAQs; target: search p95 at scale under ${TARGET_P95_MS} ms)`)
  failed = scaled.server.p95 >= TARGET_P95_MS
} finally {
  await stack.stop()
}
process.exit(failed ? 1 : 0)
