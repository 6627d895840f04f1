import { expect, test } from '@playwright/test'

import { adminToken, cms, SHOWN_WITHIN_MS, webUrl } from './helpers'

/**
 * The site shows no fact its content does not hold. The guide gives no date for any figure
 * and names itself as their source: a page may show only the dates an editor gave (a
 * figure's as-of date) or that a real change holds (the record of changes), only the
 * sources the documents name, each once, and no raw " -- ".
 */
const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec'
const DATE = new RegExp(
  `\\b\\d{1,2} (?:${MONTHS})[a-z]* \\d{4}\\b|\\b(?:${MONTHS})[a-z]* \\d{1,2},? \\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
  'g',
)
const day = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso))

async function contentFacts() {
  const figures = [
    ...(await cms('GET', '/salary-bands?limit=100')).body.docs,
    ...(await cms('GET', '/roles?limit=100')).body.docs,
    ...(await cms('GET', '/companies?limit=100')).body.docs,
  ]
  // The record of changes (every change readers saw since the guide's edition, with when).
  const record = (await cms('GET', '/content-changes?limit=100')).body
  const isos = [
    ...figures.map((f: any) => f.asOf),
    ...record.docs.flatMap((c: any) => [c.time, c.asOf]),
    ...Object.values(record.figuresUpdated),
  ].filter(Boolean) as string[]
  return {
    dates: new Set(isos.flatMap((iso) => [day(iso), iso.slice(0, 10)])),
    sources: new Set(figures.map((f: any) => f.source as string)),
  }
}

async function sitePages() {
  const sitemap = await (await fetch(`${webUrl()}/sitemap.xml`)).text()
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)
  return [...paths, '/no-such-page']
}

test('no page shows a date, a source or a raw double hyphen the content does not hold', async ({
  page,
}) => {
  test.setTimeout(240_000)
  const { dates, sources } = await contentFacts()
  const settings = (await cms('GET', '/globals/site-settings')).body
  const problems: string[] = []
  for (const path of await sitePages()) {
    await page.goto(path)
    const text = await page.locator('body').innerText()
    const head = [
      await page.title(),
      ...(await page
        .locator('meta[name="description"]')
        .evaluateAll((ms) => ms.map((m) => m.getAttribute('content') ?? ''))),
    ].join('\n')
    for (const shown of text.match(DATE) ?? []) {
      if (!dates.has(shown)) problems.push(`${path}: the date "${shown}"`)
    }
    for (const datetime of await page
      .locator('time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''))) {
      if (!dates.has(datetime.slice(0, 10))) problems.push(`${path}: <time ${datetime}>`)
    }
    // Every source shown is a document's, listed once.
    const listed = (
      await page
        .locator('footer dt', { hasText: settings.footer.sourcesLabel })
        .locator('xpath=following-sibling::dd[1]')
        .allInnerTexts()
    ).flatMap((dd) => dd.split('; '))
    for (const source of listed) {
      if (!sources.has(source)) problems.push(`${path}: the source "${source}"`)
    }
    // Where sources are listed (cells, definitions, source lines), each is listed once. The
    // record of changes names each change's source with it: a list, not a repetition.
    const listings = await page
      .locator(':is(td, dd, .sources):not(nav *)')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText))
    for (const source of path === '/changes' ? [] : sources) {
      const times = listings.filter((t) => t.includes(source)).length
      if (times > 1) problems.push(`${path}: "${source}" listed ${times} times`)
    }
    if (/(^|\s)--(\s|$)/.test(text + '\n' + head)) problems.push(`${path}: a raw "--"`)
  }
  expect(problems).toEqual([])
})

test('a figure is dated only when an editor dates it; "updated" only after a real change', async ({
  page,
}) => {
  const settings = (await cms('GET', '/globals/site-settings')).body
  const { figuresUpdated } = (await cms('GET', '/content-changes?limit=1')).body
  const figures = [
    ...(await cms('GET', '/salary-bands?limit=100')).body.docs,
    ...(await cms('GET', '/roles?limit=100')).body.docs,
    ...(await cms('GET', '/companies?limit=100')).body.docs,
  ]
  for (const path of ['/', '/salaries', '/career-path/mlops-engineer']) {
    await page.goto(path)
    const body = page.locator('body')
    // The seed dates nothing: the guide gives no date.
    if (figures.every((f: any) => !f.asOf)) {
      await expect(body, path).not.toContainText(settings.footer.asOfLabel)
    }
    if (Object.values(figuresUpdated).every((time) => time === null)) {
      await expect(body, path).not.toContainText(settings.changesPage.chartLine)
    }
  }
})

test('a stage says its pay comes from the years it spans, unless an editor pairs a band and says why', async ({
  page,
}) => {
  const settings = (await cms('GET', '/globals/site-settings')).body
  await page.goto('/career-path/mlops-engineer')
  await expect(page.locator('main .pay')).toHaveText(
    '3-6 years spans Mid (3-5y) and Senior (6+y): $160k-$270k',
  )
  await expect(page.locator('main h2').first()).toHaveText(settings.careerPathPage.payLabel)
  await page.goto('/career-path/devops-engineer-ml-exposure')
  await expect(page.locator('main .pay')).toHaveText(
    '2-4 years spans Junior (0-2y) and Mid (3-5y): $120k-$210k',
  )
})

test('an editor pairs a stage with a band only with a reason, which readers then see beside it', async ({
  page,
}) => {
  const token = await adminToken()
  const stage = (await cms('GET', '/career-stages?where[slug][equals]=mlops-engineer')).body.docs[0]
  const senior = (await cms('GET', '/salary-bands?where[slug][equals]=senior')).body.docs[0]
  const save = (body: object) =>
    cms('PATCH', `/career-stages/${stage.id}`, { token, body: { ...body, _status: 'published' } })

  const refused = await save({ salaryBand: senior.id })
  expect(refused.status).toBe(400)
  expect(JSON.stringify(refused.body)).toContain('salaryBandReason')
  const reason = `Editors' pairing ${Date.now()}`
  try {
    expect((await save({ salaryBand: senior.id, salaryBandReason: reason })).status).toBe(200)
    await page.goto('/career-path/mlops-engineer')
    await expect
      .poll(
        async () => {
          await page.reload()
          return page.locator('main .pay').innerText()
        },
        { timeout: SHOWN_WITHIN_MS },
      )
      .toBe('Senior (6+y): $210k-$270k')
    await expect(page.locator('main .reason')).toHaveText(reason)
  } finally {
    await save({ salaryBand: null, salaryBandReason: null })
  }
})
