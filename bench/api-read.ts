/**
 * An anonymous read of the content API, `/api/career-stages?depth=1`, one request at a time:
 * answered from the read cache (the same URL again and again) against Payload itself (the
 * same query made unique per request, so the cache never has it), measured in the same run
 * on the same CMS. Also a cached read with an API key (verified and counted per key), and
 * /api/health, the cheapest route through Next's routing and Payload (one query), which the
 * cached reads skip (the CMS server answers them first: cms/server.js, the fast lane).
 * Prints p50 and p95 of each and the cached/uncached ratio.
 */
import { step } from '@mlops-guide/stack'

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)]!

async function timed(url: string, headers?: Record<string, string>): Promise<number> {
  const started = performance.now()
  const res = await fetch(url, { headers })
  await res.arrayBuffer()
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`)
  return performance.now() - started
}

export async function measureApiReads(cmsUrl: string, apiKey?: string, samples = 500) {
  const path = `${cmsUrl}/api/career-stages?depth=1`
  step(`API reads: ${samples} uncached and ${samples} cached GETs of /api/career-stages?depth=1`)
  for (let i = 0; i < 20; i++) await timed(path) // warm up both paths
  const uncached: number[] = []
  const cached: number[] = []
  const keyed: number[] = []
  const floor: number[] = []
  const withKey = apiKey ? { authorization: `api-clients API-Key ${apiKey}` } : undefined
  for (let i = 0; i < samples; i++) {
    uncached.push(await timed(`${path}&run=${i}`))
    cached.push(await timed(path))
    if (withKey) keyed.push(await timed(path, withKey))
    floor.push(await timed(`${cmsUrl}/api/health`))
  }
  const row = (name: string, xs: number[]) =>
    `${name.padEnd(30)} p50 ${percentile(xs, 0.5).toFixed(2).padStart(6)} ms   p95 ${percentile(xs, 0.95).toFixed(2).padStart(6)} ms`
  console.log('\nanonymous /api/career-stages?depth=1, one at a time')
  console.log(row('Payload (uncached)', uncached))
  console.log(row('read cache', cached))
  if (keyed.length) console.log(row('read cache, with an API key', keyed))
  console.log(row('/api/health (via Next)', floor))
  console.log(
    `ratio cached/uncached p95      ${(percentile(cached, 0.95) / percentile(uncached, 0.95)).toFixed(2)}x (aim: cached p95 <= 10 ms)`,
  )
  return { uncachedP95: percentile(uncached, 0.95), cachedP95: percentile(cached, 0.95) }
}

// `npm run bench:api`: on its own fresh stack (no wrk or nginx needed).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { startTestStack } = await import('@mlops-guide/stack')
  step('starting a fresh stack (database, CMS)')
  const stack = await startTestStack({ web: false, env: { RATE_LIMIT_ANONYMOUS: '1000000' } })
  try {
    const { cachedP95 } = await measureApiReads(stack.cmsUrl, stack.env.SITE_API_KEY)
    process.exitCode = cachedP95 <= 10 ? 0 : 1
  } finally {
    await stack.stop()
  }
}
