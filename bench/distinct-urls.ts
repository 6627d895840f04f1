/**
 * `npm run bench:og`: the site's memory under a flood of distinct addresses. On one fresh
 * stack, the site process's resident set is read after a warm-up (the pages and share cards
 * of the mix served a few times), then after URLS distinct addresses nobody links to, an
 * even mix of share cards and pages with a query string (/og/home.png?x=N, /?x=N,
 * /skills?x=N), unknown share cards (/og/nope-N.png) and unknown pages (/nope-N). Prints both
 * readings and their ratio, and how the answers were made (X-Cache: hit or rendered);
 * exits 1 when memory grew by more than 20 %.
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

const stack = await startTestStack({ web: true, env: { RATE_LIMIT_ANONYMOUS: '1000000' } })
const webPid = stack.web!.child.pid!
/** Memory settles for a moment after a burst (sockets close, the heap is collected). */
const settledRssMb = async () => {
  await new Promise((r) => setTimeout(r, 2000))
  return rssMb(webPid)
}

let failed: boolean
try {
  step('warm-up: the pages and share cards of the mix, five times each')
  const get = async (path: string) => (await fetch(`${stack.webUrl}${path}`)).arrayBuffer()
  for (let round = 0; round < 5; round++)
    await Promise.all([...FLOOD_PAGES, ...FLOOD_CARDS].map(get))
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
  console.log(`
                     after warm-up   after ${URLS.toLocaleString('en')} distinct addresses   ratio
site memory (RSS)    ${`${before.toFixed(0)} MB`.padStart(13)}   ${`${after.toFixed(0)} MB`.padStart(30)}   ${ratio.toFixed(2)}x
(${seconds.toFixed(1)} s, ${(URLS / seconds).toFixed(0)} addresses/s, ${CONCURRENCY} at a time; answers by status and X-Cache: ${made})`)
  failed = ratio > 1.2
} finally {
  await stack.stop()
}
process.exit(failed ? 1 : 0)
