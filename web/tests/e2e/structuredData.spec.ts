import { expect, test, type Page } from '@playwright/test'
import { typeset } from '@mlops-guide/content/format'

import { adminToken, cms, cmsUrl, PAGE_TYPES, SHOWN_WITHIN_MS, stackEnv, webUrl } from './helpers'

/**
 * What search engines read besides the page (schema.org JSON-LD), with the properties
 * Google's structured data documentation asks for, and only facts the guide's content holds:
 * - BreadcrumbList on every page below the guide: itemListElement, each ListItem's position,
 *   name and item (https://developers.google.com/search/docs/appearance/structured-data/breadcrumb);
 * - Occupation on a stage page: name and estimatedSalary, a MonetaryAmountDistribution with
 *   currency and duration, the range the stage's page states
 *   (https://developers.google.com/search/docs/appearance/structured-data/estimated-salary);
 * - Dataset on /salaries: name and a description of 50 to 5,000 characters, each download a
 *   DataDownload with contentUrl and encodingFormat
 *   (https://developers.google.com/search/docs/appearance/structured-data/dataset).
 */
type Ld = Record<string, any>

async function jsonLd(page: Page): Promise<Ld[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents()
  return texts.map((t) => JSON.parse(t) as Ld)
}
const ofType = (lds: Ld[], type: string) => lds.filter((ld) => ld['@type'] === type)

/** Dates and sources the guide's content would have to hold; none of them is written. */
const INVENTED =
  /"(date\w*|creator|publisher|author|license|temporalCoverage|lastReviewed|sourceOrganization)"/

test('every page below the guide has a BreadcrumbList matching its visible trail', async ({
  page,
}) => {
  const site = stackEnv().WEB_PUBLIC_URL!
  for (const path of PAGE_TYPES.filter((p) => p !== '/')) {
    await page.goto(path)
    const [trail, ...more] = ofType(await jsonLd(page), 'BreadcrumbList')
    expect(more, path).toEqual([])
    expect(trail, path).toBeDefined()
    expect(trail!['@context']).toBe('https://schema.org')
    const visible = await page.locator('nav.breadcrumbs li').allInnerTexts()
    const items = trail!.itemListElement as Ld[]
    expect(
      items.map((i) => i.name),
      path,
    ).toEqual(visible.map((t) => t.trim()))
    items.forEach((item, i) => {
      expect(item['@type']).toBe('ListItem')
      expect(item.position).toBe(i + 1)
      expect(item.item, path).toMatch(new RegExp(`^${site}/`))
    })
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    expect(items.at(-1)!.item, path).toBe(canonical)
    expect(items[0]!.item).toBe(`${site}/`)
  }
  await page.goto('/')
  expect(ofType(await jsonLd(page), 'BreadcrumbList')).toEqual([])
})

test('a stage page describes its occupation with the pay its years span, as the page states it', async ({
  page,
}) => {
  const stages = (await cms('GET', '/career-stages?limit=100&depth=1&sort=_order')).body.docs
  const bands = (await cms('GET', '/salary-bands?limit=100&depth=0')).body.docs as Ld[]
  for (const stage of stages) {
    // The guide pairs no stage with a band: its pay spans the bands its years meet, unless an
    // editor paired one and gave the reason.
    const meets = bands.filter(
      (b) =>
        b.yearsFrom != null && // a band without years (Staff/Principal) meets no stage's
        b.yearsFrom <= (stage.yearsTo ?? Infinity) &&
        stage.yearsFrom <= (b.yearsTo ?? Infinity),
    )
    const chosen: Ld[] = stage.salaryBand && stage.salaryBandReason ? [stage.salaryBand] : meets
    const max = Math.max(...chosen.map((b) => b.maxSalary))
    const band = {
      currency: chosen[0]!.currency,
      minSalary: Math.min(...chosen.map((b) => b.minSalary)),
      maxSalary: max,
      openEnded: chosen.some((b) => b.openEnded && b.maxSalary === max),
    }
    await page.goto(`/career-path/${stage.slug}`)
    const lds = await jsonLd(page)
    const [occupation, ...more] = ofType(lds, 'Occupation')
    expect(more).toEqual([]) // Google: one Occupation a page
    expect(occupation!.name).toBe(stage.title)
    // As the page reads it: the site's one dash rule applies to every text it renders.
    expect(occupation!.description).toBe(typeset(stage.summary))
    const salary = occupation!.estimatedSalary
    expect(salary['@type']).toBe('MonetaryAmountDistribution')
    expect(salary.currency).toBe(band.currency)
    expect(salary.duration).toBe('P1Y')
    expect(salary.minValue).toBe(band.minSalary)
    // An open-ended band ("$270k-$380k+") states no maximum.
    expect(salary.maxValue).toBe(band.openEnded ? undefined : band.maxSalary)
    // No percentile or median: the guide gives ranges, not distributions.
    expect(Object.keys(salary).filter((k) => /percentile|median/.test(k))).toEqual([])
    expect(JSON.stringify(lds)).not.toMatch(INVENTED)
    expect(JSON.stringify(lds)).not.toMatch(/occupationLocation/)
  }
})

test('/salaries describes its downloads as a Dataset', async ({ page }) => {
  await page.goto('/salaries')
  const lds = await jsonLd(page)
  const [dataset] = ofType(lds, 'Dataset')
  const settings = (await cms('GET', '/globals/site-settings')).body
  expect(dataset!.name).toBe(settings.salariesPage.title)
  expect(dataset!.description).toBe(settings.salariesPage.description)
  expect(dataset!.description.length).toBeGreaterThanOrEqual(50)
  expect(dataset!.description.length).toBeLessThanOrEqual(5000)
  expect(dataset!.url).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'))
  const links = await page
    .locator('#downloads a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
  const downloads = dataset!.distribution as Ld[]
  expect(downloads.map((d) => d.contentUrl)).toEqual(links)
  const cmsPublic = new URL(stackEnv().CMS_PUBLIC_URL!).origin
  for (const download of downloads) {
    expect(download['@type']).toBe('DataDownload')
    const res = await fetch(download.contentUrl.replace(cmsPublic, cmsUrl()))
    expect(res.status, download.contentUrl).toBe(200)
    expect(res.headers.get('content-type'), download.contentUrl).toContain(download.encodingFormat)
  }
  expect(JSON.stringify(lds)).not.toMatch(INVENTED)
})

test("an editor's text that spells a closing script tag stays inside the JSON-LD", async ({
  page,
}) => {
  const token = await adminToken()
  const stage = (await cms('GET', '/career-stages?where[slug][equals]=mlops-engineer&depth=0')).body
    .docs[0]
  const summary = `${stage.summary} </script><script>alert(1)</script>`
  const dialogs: string[] = []
  page.on('dialog', (d) => dialogs.push(d.message()))
  const saved = await cms('PATCH', `/career-stages/${stage.id}`, { token, body: { summary } })
  expect(saved.status, JSON.stringify(saved.body)).toBe(200)
  try {
    // Asked with fetch: a browser would keep the page from before the change (max-age=10).
    const occupation = async () => {
      const html = await (await fetch(`${webUrl()}/career-path/mlops-engineer`)).text()
      const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
      return scripts.map((m) => JSON.parse(m[1]!)).find((ld) => ld['@type'] === 'Occupation')
    }
    await expect
      .poll(async () => (await occupation())?.description, { timeout: SHOWN_WITHIN_MS })
      .toBe(typeset(summary))
    await page.goto('/career-path/mlops-engineer')
    expect(ofType(await jsonLd(page), 'Occupation')[0]!.description).toBe(typeset(summary))
    expect(dialogs).toEqual([])
  } finally {
    await cms('PATCH', `/career-stages/${stage.id}`, { token, body: { summary: stage.summary } })
  }
})
