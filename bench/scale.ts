/**
 * `npm run bench:scale`: how the site keeps up when the guide grows. On one fresh stack, in
 * the same run, first with the guide's own content (the baseline), then after editors publish
 * 1,000 tools, 250 companies and 100 FAQs:
 *   - publish → visible: an editor renames a tool; the milliseconds until its page on the
 *     site shows the new name (SAMPLES times; median and max; aim: max ≤ 1 s);
 *   - the site process's memory (resident set, after every page was served once).
 * Prints both and their ratio; exits 1 when a publish took over a second to show.
 */
import fs from 'node:fs'

import { startTestStack, step } from '@mlops-guide/stack'

import { medianAndMax, stackClients } from './stackClients.ts'

const SAMPLES = Number(process.env.SAMPLES ?? 10)

const stack = await startTestStack({ web: true, env: { RATE_LIMIT_ANONYMOUS: '1000000' } })
const webPid = stack.web!.child.pid!

const { site, cms, msUntilShown, adminToken, publishScale } = stackClients(stack)
const rssMb = () => {
  const status = fs.readFileSync(`/proc/${webPid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024
}

/** Serves every page once (so each is rendered and cached), then reads the site's memory. */
async function memoryAfterEveryPage(): Promise<number> {
  const sitemap = await site('/sitemap.xml')
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
  for (let i = 0; i < paths.length; i += 8) await Promise.all(paths.slice(i, i + 8).map(site))
  return rssMb()
}

/** Renames a tool SAMPLES times; the ms until its page shows each new name. */
async function publishToVisible(token: string): Promise<number[]> {
  const tool = (await cms('GET', '/tools?where[slug][equals]=docker&depth=0')).docs[0]
  const times: number[] = []
  for (let k = 1; k <= SAMPLES; k++) {
    const name = `Docker (rename ${k} ${Date.now()})`
    times.push(
      await msUntilShown(
        () => cms('PATCH', `/tools/${tool.id}`, token, { name }),
        [['/skills/docker', name]],
      ),
    )
  }
  await cms('PATCH', `/tools/${tool.id}`, token, { name: tool.name })
  return times
}

let failed: boolean
try {
  const token = await adminToken()
  step('baseline: the guide as seeded')
  const baseline = {
    ...medianAndMax(await publishToVisible(token)),
    rss: await memoryAfterEveryPage(),
  }

  const toolSlugs = await publishScale(token)
  const scaled = {
    ...medianAndMax(await publishToVisible(token)),
    rss: await memoryAfterEveryPage(),
  }

  const ms = (n: number) => `${Math.round(n)} ms`
  console.log(`
                            guide as seeded   at scale (+1,000 tools, +250 companies, +100 FAQs)   ratio
publish → visible, median   ${ms(baseline.median).padStart(15)}   ${ms(scaled.median).padStart(15)}   ${(scaled.median / baseline.median).toFixed(2)}x
publish → visible, max      ${ms(baseline.max).padStart(15)}   ${ms(scaled.max).padStart(15)}   ${(scaled.max / baseline.max).toFixed(2)}x
site memory (RSS)           ${`${baseline.rss.toFixed(0)} MB`.padStart(15)}   ${`${scaled.rss.toFixed(0)} MB`.padStart(15)}   ${(scaled.rss / baseline.rss).toFixed(2)}x
(${SAMPLES} renames each; every page served once before the memory reading; ${toolSlugs.length} tools)`)
  failed = scaled.max > 1000 || baseline.max > 1000
} finally {
  await stack.stop()
}
process.exit(failed ? 1 : 0)
