import { expect, test, type Page } from '@playwright/test'

import { cms, webUrl } from './helpers'

/**
 * /search, rendered on the server: it finds every kind of thing the guide holds, forgives a
 * typo, marks what matched, links each result to a page that shows it, and takes any `q`
 * (made up, hostile or huge) with a 200 or a 400 page, never a 5xx, and without growing the
 * page cache.
 */
const get = (path: string) => fetch(`${webUrl()}${path}`)
const search = (q: string) => `/search?q=${encodeURIComponent(q)}`
const results = (page: Page) => page.locator('.results li')

test('a typo still finds Kubernetes, marked, and linking to its page', async ({ page }) => {
  await page.goto(search('kubernets'))
  const first = results(page).first()
  await expect(first.locator('h3 a')).toHaveAttribute('href', '/skills/kubernetes')
  await expect(first.locator('h3 mark')).toHaveText('Kubernetes')
  await expect(page.locator('h2#results-heading')).toContainText('kubernets')
  await expect(page.locator('#search-q')).toHaveValue('kubernets')
})

test('every kind of thing the guide holds can be found by its name', async ({ page }) => {
  const first = async (path: string) => (await cms('GET', `${path}&limit=1&depth=0`)).body.docs[0]
  const stage = await first('/career-stages?sort=_order')
  const faq = await first('/faqs?sort=_order')
  const company = await first('/companies?sort=_order')
  const band = await first('/salary-bands?sort=_order')
  const role = await first('/roles?sort=_order')
  const category = await first('/tool-categories?sort=_order')
  const guide = (await cms('GET', '/globals/guide-page')).body
  const wanted: [query: string, href: string][] = [
    [stage.title, `/career-path/${stage.slug}`],
    [faq.question, `/#${faq.slug}`],
    [company.name, expect.stringMatching(/^\/#companies/) as unknown as string],
    [band.level, `/salaries#band-${band.slug}`],
    [role.name, `/salaries#role-${role.slug}`],
    [category.title, `/skills#${category.slug}`],
    [guide.why.heading, '/#why'],
  ]
  for (const [query, href] of wanted) {
    await page.goto(search(query))
    const hrefs = await results(page)
      .locator('h3 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs, query).toContainEqual(href)
  }
})

test('words of the guide text find the section that holds them', async ({ page }) => {
  // A sentence of the guide's own words: "what to learn first" is answered in a question.
  await page.goto(search('what should I learn first'))
  await expect(results(page).first().locator('.kind')).toHaveText('Question')
  await expect(results(page).first().locator('mark').first()).toBeVisible()
})

test('every result of a broad search leads to a page that shows it', async ({ page }) => {
  await page.goto(search('mlops'))
  const hrefs = await results(page)
    .locator('h3 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
  expect(hrefs.length).toBeGreaterThan(5)
  for (const href of new Set(hrefs)) {
    const [path, id] = href.split('#') as [string, string | undefined]
    const res = await get(path)
    expect(res.status, href).toBe(200)
    if (id) expect(await res.text(), href).toContain(`id="${id}"`)
  }
})

test('the header search box works without script, from any page and the 404 page', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/salaries')
  const box = page.getByRole('search').getByRole('searchbox')
  await box.fill('docker')
  await box.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=docker$/)
  await expect(results(page).first().locator('h3 a')).toHaveAttribute('href', '/skills/docker')

  const missing = await page.goto('/no-such-page')
  expect(missing?.status()).toBe(404)
  const form = page.locator('main form[action="/search"]')
  await form.getByRole('searchbox').fill('mlflow')
  await form.getByRole('button').click()
  await expect(page).toHaveURL(/\/search\?q=mlflow$/)
  await expect(results(page).first().locator('h3 a')).toHaveAttribute('href', '/skills/mlflow')
  await context.close()
})

test('what a reader types is shown as text, never as markup', async ({ page }) => {
  const hostile = '"><script>alert(1)</script><img src=x onerror=alert(1)> docker'
  page.on('dialog', () => {
    throw new Error('a dialog opened: the search ran as markup')
  })
  const res = await page.goto(search(hostile))
  expect(res?.status()).toBe(200)
  await expect(page.locator('h2#results-heading')).toContainText('<script>alert(1)</script>')
  const html = await res!.text()
  expect(html).not.toContain('<script>alert(1)')
  expect(html).not.toContain('<img src=x')
  await expect(page.locator('main img')).toHaveCount(0)
})

test('any q gets a 200 or a 400 page naming the problem, never a 5xx', async () => {
  const long = 'kubernetes '.repeat(1000) // 11 kB
  const cases: [target: string, status: number][] = [
    ['/search', 200],
    ['/search?q=', 200],
    ['/search?q=%20%20', 200],
    ['/search?q=docker&q=kubernetes&q=', 200],
    ['/search?q=a%00b%1B%7F%0Ac', 200],
    [search('.*+?^${}()|[]\\ (( [a-'), 200],
    [search('%%%'), 200],
    ['/search?q=%E0%A4%A', 200], // a broken escape
    ['/search?q=%ED%A0%80', 200], // an encoded lone surrogate
    [search('🙂 Kubernetes ü ß İ'), 200],
    [search(long), 400],
    [search('a'.repeat(201)), 400],
  ]
  for (const [target, status] of cases) {
    const res = await get(target)
    const html = await res.text()
    expect(res.status, target).toBe(status)
    expect(html, target).toContain('action="/search"')
    if (status === 400) expect(html, target).toMatch(/q: a search can be at most 200 characters/)
  }
  // Repeated parameters: the first q is the search.
  const repeated = await (await get('/search?q=docker&q=kubernetes')).text()
  expect(repeated).toContain('href="/skills/docker"')
})

test('a search is compressed for the reader like any page', async () => {
  const res = await get(search('kubernetes'))
  expect(res.headers.get('content-encoding')).toBe('gzip') // fetch asks for gzip and br
  expect(await res.text()).toContain('href="/skills/kubernetes"')
})

test('searches are not kept in the page cache; the empty search page is', async () => {
  const cache = async () => (await (await get('/healthz')).json()).pageCache
  await (await get('/search')).arrayBuffer()
  expect((await get('/search')).headers.get('x-cache')).toBe('hit')
  const before = await cache()
  for (let i = 0; i < 200; i++) {
    const res = await get(search(`made up ${i} kubernetes`))
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toMatch(/private/)
    expect(res.headers.get('x-cache')).toBe('miss')
    await res.arrayBuffer()
  }
  const after = await cache()
  expect(after.pages).toBe(before.pages)
  expect(after.answers).toBe(before.answers)
})

for (const width of [375, 1280]) {
  test(`at ${width} px the search page and header box fit, results readable`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(search('python'))
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    for (const box of [page.locator('#site-search'), page.locator('#search-q')]) {
      await expect(box).toBeVisible()
      expect((await box.boundingBox())!.height).toBeGreaterThanOrEqual(24)
    }
    const title = results(page).first().locator('h3 a')
    await expect(title).toBeVisible()
    const { x, width: w } = (await title.boundingBox())!
    expect(x).toBeGreaterThanOrEqual(0)
    expect(x + w).toBeLessThanOrEqual(width)
  })
}
