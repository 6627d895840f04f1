import { expect, test } from '@playwright/test'

import { cmsUrl, stackEnv, webUrl } from './helpers'

/**
 * A reader never meets a dead end. Starting at / and at sitemap.xml, every page of the site
 * is visited and every link on it followed: each internal link must answer 200 (and a
 * fragment must name an element of its page), each other link must be https, except links
 * to the CMS's own public address (its API reference and exports), which must answer 200.
 */
type Found = { href: string; on: string }

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")

/** Every href and src of a page (links, stylesheets, icons, the manifest). */
const addressesIn = (html: string) =>
  [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!))

const idsIn = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))

async function crawl() {
  const site = new URL(webUrl())
  const siteOrigins = new Set([site.origin, new URL(stackEnv().WEB_PUBLIC_URL!).origin])
  const sitemap = await (await fetch(`${webUrl()}/sitemap.xml`)).text()
  const fromSitemap = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1]!).pathname,
  )
  // Searches are no pages of the sitemap: a few broad ones, so every result's link is followed.
  const searches = ['/search', '/search?q=kubernetes', '/search?q=mlops', '/search?q=salary']
  // Nor are the answers of "Where do I stand?": one per stage boundary the years can meet.
  const standing = [
    '/career-path?years=0',
    '/career-path?years=4&from=devops',
    '/career-path?years=8',
  ]
  const queue: Found[] = ['/', ...fromSitemap, ...searches, ...standing].map((href) => ({
    href,
    on: 'start',
  }))
  const pages = new Map<string, { status: number; type: string; html: string }>()
  const fragments: Found[] = []
  const external: Found[] = []
  while (queue.length) {
    const { href, on } = queue.shift()!
    const url = new URL(href, site)
    if (url.hash.length > 1) fragments.push({ href: url.pathname + url.hash, on })
    if (pages.has(url.pathname + url.search)) continue
    const res = await fetch(new URL(url.pathname + url.search, site))
    const type = res.headers.get('content-type') ?? ''
    const html = type.startsWith('text/html') ? await res.text() : ''
    pages.set(url.pathname + url.search, { status: res.status, type, html })
    for (const address of addressesIn(html)) {
      const target = new URL(address, url)
      if (siteOrigins.has(target.origin)) {
        queue.push({ href: target.pathname + target.search + target.hash, on: url.pathname })
      } else {
        external.push({ href: target.href, on: url.pathname })
      }
    }
  }
  return { pages, fragments, external, fromSitemap }
}

test('every link on every page leads somewhere real', async () => {
  test.setTimeout(120_000)
  const { pages, fragments, external, fromSitemap } = await crawl()
  // The sitemap names every page of each kind, and the crawl found them all.
  expect(fromSitemap).toEqual(expect.arrayContaining(['/', '/salaries', '/skills']))
  expect(fromSitemap.some((p) => p.startsWith('/skills/'))).toBe(true)
  expect(fromSitemap.some((p) => p.startsWith('/career-path/'))).toBe(true)

  const broken = [...pages]
    .filter(([, page]) => page.status !== 200)
    .map(([path, p]) => `${path} ${p.status}`)
  expect(broken).toEqual([])

  const missingAnchors = fragments.filter(({ href }) => {
    const [path, id] = href.split('#') as [string, string]
    return !idsIn(pages.get(path)?.html ?? '').has(decodeURIComponent(id))
  })
  expect(missingAnchors).toEqual([])

  const cms = new URL(cmsUrl()).origin
  const cmsPublic = new URL(stackEnv().CMS_PUBLIC_URL!).origin
  const insecure = external.filter(
    ({ href }) =>
      !href.startsWith('https://') && !href.startsWith('mailto:') && !href.startsWith(cmsPublic),
  )
  expect(insecure).toEqual([])
  for (const { href, on } of external.filter(({ href }) => href.startsWith(cmsPublic))) {
    const res = await fetch(href.replace(cmsPublic, cms), { method: 'GET' })
    expect(res.status, `${href} (on ${on})`).toBe(200)
  }
  // The job board's pages have no address yet (the document names none): text, not links.
  const home = pages.get('/')!.html
  expect(home).toContain('Browse MLOps jobs')
  expect(home).not.toMatch(/href="[^"]*\/jobs/)
})

test('no page logs a console error or a Content-Security-Policy violation', async ({ page }) => {
  test.setTimeout(120_000)
  const { pages } = await crawl()
  const htmlPages = [...pages]
    .filter(([, p]) => p.type.startsWith('text/html'))
    .map(([path]) => path)
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${page.url()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`))
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  )
  for (const path of htmlPages) await page.goto(path, { waitUntil: 'load' })
  expect(problems).toEqual([])
})
