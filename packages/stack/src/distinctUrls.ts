import fs from 'node:fs'

/**
 * A flood of addresses nobody links to, each one new to the site, for bench/distinct-urls.ts
 * and the site's test of the same (web/tests/e2e/distinctUrls.spec.ts). The Nth address of
 * an even mix: a share card and a page with a query string they do not read
 * (/og/home.png?x=N, /?x=N, /skills?x=N), an unknown share card (/og/nope-N.png) and an
 * unknown page (/nope-N).
 */
export const FLOOD_PAGES = ['/', '/skills', '/salaries', '/changes', '/skills/docker']
export const FLOOD_CARDS = ['/og/home.png', '/og/skills.png', '/og/skills/docker.png']

export const distinctUrl = (n: number) =>
  [
    `${FLOOD_CARDS[n % FLOOD_CARDS.length]}?x=${n}`,
    `/?x=${n}`,
    `/skills?x=${n}`,
    `/og/nope-${n}.png`,
    `/nope-${n}`,
  ][n % 5]!

/** A process's resident memory in MB (Linux: /proc/<pid>/status). */
export function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024
}

/**
 * Asks the site for `count` distinct addresses (distinctUrl, numbered from `from`),
 * `concurrency` at a time, accepting brotli as browsers do. Returns how many answers had each
 * status and X-Cache (`404 miss`: rendered for that request; `200 hit`: from the page cache).
 */
export async function requestDistinctUrls(
  webUrl: string,
  count: number,
  opts: { from?: number; concurrency?: number; onProgress?: (done: number) => void } = {},
): Promise<Map<string, number>> {
  const answers = new Map<string, number>()
  let next = 0
  const worker = async () => {
    while (next < count) {
      const n = next++
      const res = await fetch(`${webUrl}${distinctUrl((opts.from ?? 0) + n)}`, {
        headers: { 'accept-encoding': 'br' },
      })
      await res.arrayBuffer()
      const answer = `${res.status} ${res.headers.get('x-cache') ?? 'uncached'}`
      answers.set(answer, (answers.get(answer) ?? 0) + 1)
      if ((n + 1) % 2000 === 0) opts.onProgress?.(n + 1)
    }
  }
  await Promise.all(Array.from({ length: opts.concurrency ?? 8 }, worker))
  return answers
}
