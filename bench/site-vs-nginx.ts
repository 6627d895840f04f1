/**
 * `npm run bench`: the guide page served by the site (SvelteKit, adapter-node, from its page
 * cache) against two floors serving the very same bytes: nginx with the HTML as a static
 * file, and a bare Node server (the same Node, nothing but http.createServer) with the
 * site's own answer, headers included. All three are measured with wrk in this run on this
 * machine. Prints requests/s and p99 latency of each and their ratio, plus the
 * JavaScript and CSS the page ships, gzipped; then the content API's anonymous reads, from
 * the read cache and from Payload (bench/api-read.ts).
 *
 * Needs wrk and nginx (Debian: `apt-get install wrk nginx`). Loopback only, bounded runs.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { freePort, startTestStack, step } from '@mlops-guide/stack'

import { measureApiReads } from './api-read.ts'
import { rawAnswer, startBareNode } from './bareNode.ts'
import { startNginx } from './nginx.ts'
import { requireTools, wrkInBackground, type WrkResult } from './wrk.ts'

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const THREADS = 2

requireTools('wrk', 'nginx')
const load = { threads: THREADS, connections: CONNECTIONS, seconds: SECONDS }

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-guide-bench-'))
let nginx: Awaited<ReturnType<typeof startNginx>> | undefined
let bare: Awaited<ReturnType<typeof startBareNode>> | undefined
step('starting a fresh stack (database, CMS, site)')
// The site reads the CMS anonymously from one address: no rate limit in the way.
const stack = await startTestStack({ web: true, env: { RATE_LIMIT_ANONYMOUS: '1000000' } })
try {
  const siteUrl = `${stack.webUrl}/`
  const nginxPort = await freePort()

  // The same bytes for nginx: the site's HTML, served as a static (gzip on) file.
  const html = await (await fetch(siteUrl)).text()
  fs.mkdirSync(path.join(tmp, 'www'))
  fs.writeFileSync(path.join(tmp, 'www/index.html'), html)
  // Pre-compressed like the site's own cache, so neither side gzips per request.
  fs.writeFileSync(path.join(tmp, 'www/index.html.gz'), gzipSync(html, { level: 9 }))
  nginx = await startNginx(
    tmp,
    `gzip_static on;
  server { listen 127.0.0.1:${nginxPort}; root ${tmp}/www; location / { index index.html; } }`,
  )

  // The site's answer byte for byte (gzipped, with every header it sends), for bare Node.
  const barePort = await freePort()
  bare = await startBareNode(tmp, barePort, await rawAnswer(siteUrl))

  // What the page ships to the browser: scripts and stylesheets it references or inlines.
  const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0])
  const assets = tags
    .filter((t) => t.startsWith('<script') || t.includes('rel="stylesheet"'))
    .map((t) => /(?:src|href)="([^"]+)"/.exec(t)?.[1])
    .filter((a): a is string => Boolean(a))
  let js = 0
  let css = 0
  for (const asset of assets) {
    const bytes = Buffer.from(await (await fetch(new URL(asset, siteUrl))).arrayBuffer())
    if (asset.endsWith('.js')) js += gzipSync(bytes).length
    else css += gzipSync(bytes).length
  }
  const inlineScripts = [...html.matchAll(/<script(?![^>]*ld\+json)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .join('')
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
    .map((m) => m[1]!)
    .join('')
  js += inlineScripts ? gzipSync(inlineScripts).length : 0
  css += inlineStyles ? gzipSync(inlineStyles).length : 0

  step(
    `warming up, then ${ROUNDS} rounds of wrk -t${THREADS} -c${CONNECTIONS} -d${SECONDS}s against each`,
  )
  await wrkInBackground(siteUrl, { threads: 1, connections: 10, seconds: 2 })
  // wrk runs beside this process, never blocking it: this process reads the apps' output (the
  // stack's pipes), and a site whose log pipe nobody drained waited on its own access log.
  // Taken in turns, round after round, and each side's median round reported: on a shared
  // two-core machine one run of the same server varied by a third from the next.
  const rounds: { site: WrkResult; baseline: WrkResult; bareNode: WrkResult }[] = []
  for (let round = 1; round <= ROUNDS; round++) {
    step(`round ${round} of ${ROUNDS}`)
    rounds.push({
      site: await wrkInBackground(siteUrl, load),
      baseline: await wrkInBackground(`http://127.0.0.1:${nginxPort}/`, load),
      bareNode: await wrkInBackground(`http://127.0.0.1:${barePort}/`, load),
    })
  }
  const median = (pick: (r: (typeof rounds)[number]) => WrkResult) =>
    rounds.map(pick).sort((a, b) => a.rps - b.rps)[Math.floor(ROUNDS / 2)]!
  const site = median((r) => r.site)
  const baseline = median((r) => r.baseline)
  const bareNode = median((r) => r.bareNode)

  const row = (name: string, r: WrkResult) =>
    `${name.padEnd(24)} ${r.rps.toFixed(0).padStart(9)} req/s   p99 ${r.p99ms.toFixed(2).padStart(7)} ms   errors ${r.errors}`
  console.log(`\nguide page, same HTML bytes, gzip (median of ${ROUNDS} rounds)`)
  console.log(row('nginx (static file)', baseline))
  console.log(row('bare Node (same answer)', bareNode))
  console.log(row('site (SvelteKit)', site))
  console.log(
    `ratio bare Node/site    ${(bareNode.rps / site.rps).toFixed(2)}x the requests/s of the site (aim <= 1.5x)`,
  )
  console.log(
    `ratio site/nginx        ${((site.rps / baseline.rps) * 100).toFixed(1)}% of the requests/s (aim >= 30%)`,
  )
  console.log(`site p99                ${site.p99ms.toFixed(2)} ms (aim < 10 ms)`)
  console.log(
    `page weight             HTML ${gzipSync(html).length} B gzipped, JavaScript ${js} B, CSS ${css} B gzipped (aim JS < 20 kB)`,
  )
  await measureApiReads(stack.cmsUrl, stack.env.SITE_API_KEY)
} finally {
  nginx?.stop()
  bare?.stop()
  await stack.stop()
  fs.rmSync(tmp, { recursive: true, force: true })
}
