import { expect, test } from '@playwright/test'
import { formatSalaryRange, formatYears } from '@mlops-guide/content/format'

import { cms, squash } from './helpers'

test("/salaries gives every band and every role its figure, under the guide's own labels", async ({
  page,
}) => {
  await page.goto('/salaries')
  const settings = (await cms('GET', '/globals/site-settings')).body
  const guide = (await cms('GET', '/globals/guide-page')).body
  await expect(page.locator('h1')).toHaveText(settings.salariesPage.title)
  await expect(page).toHaveTitle(new RegExp(settings.salariesPage.title))
  // "Base Salary Range" heads the bands as in the guide's "Salary by Experience"; the roles'
  // figure is the comparison's "Typical salary", which the guide never calls base salary.
  await expect(page.locator('#levels thead th').nth(1)).toHaveText(guide.salaries.rangeLabel)
  await expect(page.locator('#roles thead th').nth(1)).toHaveText(
    guide.comparison.rowLabels.typicalSalary,
  )

  const bands = (await cms('GET', '/salary-bands?limit=100')).body.docs
  const roles = (await cms('GET', '/roles?limit=100')).body.docs
  for (const band of bands) {
    const row = page.locator(`#band-${band.slug}`)
    await expect(row.locator('td').nth(0)).toHaveText(formatSalaryRange(band))
  }
  for (const role of roles) {
    const row = page.locator(`#role-${role.slug}`)
    await expect(row.locator('th')).toHaveText(role.name)
    await expect(row.locator('td').nth(0)).toHaveText(formatSalaryRange(role))
  }
  // The guide dates none of its figures: no as-of column unless an editor gave a date.
  for (const [id, docs] of [
    ['levels', bands],
    ['roles', roles],
  ] as const) {
    await expect(page.locator(`#${id} thead th`)).toHaveCount(docs.some((d: any) => d.asOf) ? 3 : 2)
  }
  // Both as charts, with the same figures in their text alternatives.
  await expect(page.locator('#levels svg desc')).toContainText('$270k-$380k+')
  await expect(page.locator('#roles svg desc')).toContainText('$150k-$300k')
})

test('/salaries lists under each band the career stages whose years meet its years', async ({
  page,
}) => {
  await page.goto('/salaries')
  const stages = (await cms('GET', '/career-stages?limit=100&depth=0')).body.docs
  const bands = (await cms('GET', '/salary-bands?limit=100')).body.docs
  const items = (await page.locator('#stages li').allInnerTexts()).map(squash)
  const name = (b: any) => (formatYears(b) ? `${b.level} (${formatYears(b)}y)` : b.level)
  // The guide pairs no stage with a band: a stage is in a band when their years overlap.
  const meets = (s: any, b: any) =>
    b.yearsFrom != null &&
    b.yearsFrom <= (s.yearsTo ?? Infinity) &&
    s.yearsFrom <= (b.yearsTo ?? Infinity)
  const expected = bands.flatMap((b: any) => {
    const inBand = stages.filter((s: any) => meets(s, b))
    if (!inBand.length) return []
    const list = inBand.map((s: any) => `${s.title} (${formatYears(s)} years)`).join(', ')
    return [`${name(b)}, ${formatSalaryRange(b)}: ${list}`]
  })
  expect(items).toEqual(expected)
  expect(items[1]).toContain('MLOps Engineer (3-6 years)')
})

test('/salaries offers the data as CSV and JSON downloads that answer', async ({ page }) => {
  await page.goto('/salaries')
  const links = page.locator('#downloads a')
  expect(await links.count()).toBe(6)
  for (const href of await links.evaluateAll((as) =>
    as.map((a) => (a as HTMLAnchorElement).href),
  )) {
    const res = await fetch(href)
    expect(res.status, href).toBe(200)
  }
})

test('"detailed salary benchmarks" and "AI Salary Benchmarks" lead to /salaries', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('link', { name: 'detailed salary benchmarks' })).toHaveAttribute(
    'href',
    '/salaries',
  )
  await expect(page.getByRole('link', { name: 'AI Salary Benchmarks' })).toHaveAttribute(
    'href',
    '/salaries',
  )
})
