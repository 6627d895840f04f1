import { expect, test } from '@playwright/test'

import { cms, PAGE_TYPES, stackEnv } from './helpers'

const asOf = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso))

test('every page has the header with the guide and its navigation, and the footer with each source once, an as-of date only if an editor gave one, and the API link', async ({
  page,
}) => {
  const guide = (await cms('GET', '/globals/guide-page')).body
  const settings = (await cms('GET', '/globals/site-settings')).body
  const figures = [
    ...(await cms('GET', '/salary-bands?limit=100')).body.docs,
    ...(await cms('GET', '/roles?limit=100')).body.docs,
    ...(await cms('GET', '/companies?limit=100')).body.docs,
  ]
  const newest = figures
    .map((f: any) => f.asOf)
    .filter(Boolean)
    .sort()
    .pop()
  for (const path of PAGE_TYPES) {
    await page.goto(path)
    const header = page.locator('header.site-header')
    await expect(header.getByRole('link', { name: guide.hero.title })).toHaveAttribute('href', '/')
    const nav = header.getByRole('navigation', { name: 'Site' }).getByRole('link')
    await expect(nav).toHaveText(settings.navigation.map((n: any) => n.label))
    const footer = page.locator('footer.site-footer')
    if (newest) await expect(footer).toContainText(`${settings.footer.asOfLabel}${asOf(newest)}`)
    else await expect(footer).not.toContainText(settings.footer.asOfLabel)
    const footerText = await footer.innerText()
    for (const source of new Set(figures.map((f: any) => f.source))) {
      expect(footerText.split(source as string).length - 1, `${path}: ${source}`).toBe(1)
    }
    await expect(footer.getByRole('link', { name: settings.footer.apiLabel })).toHaveAttribute(
      'href',
      `${stackEnv().CMS_PUBLIC_URL}/api/docs`,
    )
  }
})

test('the current page is marked in the navigation', async ({ page }) => {
  await page.goto('/salaries')
  await expect(page.locator('header nav a[aria-current="page"]')).toHaveAttribute(
    'href',
    '/salaries',
  )
})

test('dark and light themes follow the reader, and print leaves out the navigation', async ({
  browser,
}) => {
  const colours: string[] = []
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme })
    const page = await context.newPage()
    await page.goto('/salaries')
    colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor))
    await context.close()
  }
  expect(colours[0]).not.toBe(colours[1])

  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto('/')
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('header.site-header nav')).toBeHidden()
  await expect(page.locator('main')).toBeVisible()
  await context.close()
})

test('static assets are precompressed and cached as immutable; favicon and manifest answer', async ({
  page,
  request,
}) => {
  await page.goto('/')
  const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href')
  const res = await fetch(new URL(css!, page.url()), { headers: { 'accept-encoding': 'br' } })
  expect(res.headers.get('content-encoding')).toBe('br')
  expect(res.headers.get('cache-control')).toMatch(/immutable/)
  for (const path of ['/favicon.svg', '/favicon.ico', '/icon-192.png']) {
    expect((await request.get(path)).status(), path).toBe(200)
  }
  const manifest = await (await request.get('/manifest.webmanifest')).json()
  expect(manifest.name).toBe((await cms('GET', '/globals/guide-page')).body.hero.title)
  expect(manifest.icons.length).toBeGreaterThan(0)
})

const CHART_PAGES = ['/', '/career-path/mlops-engineer', '/salaries']

for (const width of [375, 768, 1280]) {
  test(`at ${width} px every chart label is 11 px or larger, inside its chart, and apart from the others`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    for (const path of CHART_PAGES) {
      await page.goto(path)
      const charts = page.locator('svg[aria-labelledby]')
      expect(await charts.count(), path).toBeGreaterThan(0)
      const problems = await charts.evaluateAll((svgs) =>
        svgs.flatMap((svg, n) => {
          const box = svg.getBoundingClientRect()
          const texts = [...svg.querySelectorAll('text')].filter(
            (t) => getComputedStyle(t).display !== 'none',
          )
          const rects = texts.map((t) => t.getBoundingClientRect())
          const out: string[] = []
          texts.forEach((t, i) => {
            const size = parseFloat(getComputedStyle(t).fontSize)
            const r = rects[i]!
            if (size < 11) out.push(`chart ${n} "${t.textContent}": ${size}px`)
            if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
              out.push(
                `chart ${n} "${t.textContent}" cut off (${r.left}-${r.right} of ${box.left}-${box.right})`,
              )
            }
            rects.forEach((o, j) => {
              const apart =
                r.right <= o.left || o.right <= r.left || r.bottom <= o.top || o.bottom <= r.top
              if (j > i && !apart)
                out.push(`chart ${n} "${t.textContent}" overlaps "${texts[j]!.textContent}"`)
            })
          })
          return out
        }),
      )
      expect(problems, path).toEqual([])
    }
  })
}
