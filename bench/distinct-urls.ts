/**
 * `npm run bench:og`: the site's memory under a flood of distinct addresses. On one fresh
 * stack, the site process's resident set is read after serving the pages and share cards of
 * the mix, after a warm-up (WARM_UP addresses of the flood's kinds), then after URLS more
 * distinct addresses nobody links to, an even mix of share cards and pages with a query
 * string (/og/home.png?x=N, /?x=N, /skills?x=N), unknown share cards (/og/nope-N.png) and
 * unknown pages (/nope-N). Prints the readings, the last two's ratio and how the answers were
 * made (X-Cache: hit or rendered); exits 1 when the flood grew memory by more than 20 %.
 */
import {
  FLOOD_CARDS,
  FLOOD_PAGES,
  requestDistinctUrls,
  rssMb,
  startTestStack,
  step,
} from '@mlops-guide/stack'

const URLS = Number(process.env.URLS ?? 20_000)
const CONCURRENCY = 8
const WARM_UP = Number(process.env.WARM_UP ?? 10_000)

const stack = await startTestStack({ web: true, env: { RATE_LIMIT_ANONYMOUS: '1000000' } })
const webPid = stack.web!.child.pid!
/** Memory settles for a moment after a burst (sockets close, the heap is collected). */
const settledRssMb = async () => {
  await new Promise((r) => setTimeout(r, 2000))
  return rssMb(webPid)
}

let failed: boolean
try {
  const get = async (path: string) => (await fetch(`${stack.webUrl}${path}`)).arrayBuffer()
  for (let round = 0; round < 5; round++) {
    await Promise.all([...FLOOD_PAGES, ...FLOOD_CARDS].map(get))
  }
  const served = await settledRssMb()
  step(`site memory after serving the pages and cards of the mix: ${served.toFixed(0)} MB`)
  // Then WARM_UP addresses of every kind the flood has, so that the heap has grown to its
  // working size for each kind of answer (V8 keeps the room it grew into for a while):
  // afterwards only what the site keeps per address can make the reading grow.
  step(`warm-up: ${WARM_UP} distinct addresses of the flood's kinds`)
  await requestDistinctUrls(stack.webUrl!, WARM_UP, { from: 1_000_000, concurrency: CONCURRENCY })
  const before = await settledRssMb()
  step(`site memory after the warm-up: ${before.toFixed(0)} MB`)

  const started = performance.now()
  const answers = await requestDistinctUrls(stack.webUrl!, URLS, {
    concurrency: CONCURRENCY,
    onProgress: (done) =>
      step(`${done} / ${URLS} addresses, site memory ${rssMb(webPid).toFixed(0)} MB`),
  })
  const seconds = (performance.now() - started) / 1000
  const after = await settledRssMb()

  const ratio = after / before
  const made = [...answers].map(([answer, n]) => `${n} × ${answer}`).join(', ')
  const mb = (n: number, width: number) => `${n.toFixed(0)} MB`.padStart(width)
  console.log(`
                     pages served   after ${WARM_UP.toLocaleString('en')} (warm-up)   after ${URLS.toLocaleString('en')} more   ratio to warm-up
site memory (RSS)    ${mb(served, 12)}   ${mb(before, 23)}   ${mb(after, 17)}   ${ratio.toFixed(2)}x
(${seconds.toFixed(1)} s, ${(URLS / seconds).toFixed(0)} addresses/s, ${CONCURRENCY} at a time; answers by status and X-Cache: ${made})`)
  failed = ratio > 1.2
} finally {
  await stack.stop()
}
process.exit(failed ? 1 : 0)
