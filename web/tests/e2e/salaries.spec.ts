import { expect, test } from '@playwright/test'
import { formatSalaryRange, formatYears } from '@mlops-guide/content/format'

import { cms, squash } from './helpers'

const asOf = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso))

test('/salaries gives every band and every role its figure, source and as-of date', async ({
  page,
}) => {
  await page.goto('/salaries')
  const settings = (await cms('GET', '/globals/site-settings')).body
  await expect(page.locator('h1')).toHaveText(settings.salariesPage.title)
  await expect(page).toHaveTitle(new RegExp(settings.salariesPage.title))

  for (const band of (await cms('GET', '/salary-bands?limit=100')).body.docs) {
    const row = page.locator(`#band-${band.slug}`)
    await expect(row.locator('td').nth(0)).toHaveText(formatSalaryRange(band))
    await expect(row.locator('td').nth(1)).toHaveText(band.source)
    await expect(row.locator('td').nth(2)).toHaveText(asOf(band.asOf))
  }
  for (const role of (await cms('GET', '/roles?limit=100')).body.docs) {
    const row = page.locator(`#role-${role.slug}`)
    await expect(row.locator('th')).toHaveText(role.name)
    await expect(row.locator('td').nth(0)).toHaveText(formatSalaryRange(role))
    await expect(row.locator('td').nth(1)).toHaveText(role.source)
    await expect(row.locator('td').nth(2)).toHaveText(asOf(role.asOf))
  }
  // Both as charts, with the same figures in their text alternatives.
  await expect(page.locator('#levels svg desc')).toContainText('$270k-$380k+')
  await expect(page.locator('#roles svg desc')).toContainText('$150k-$300k')
})

test('/salaries says which career stage falls in which band', async ({ page }) => {
  await page.goto('/salaries')
  const stages = (await cms('GET', '/career-stages?limit=100&depth=1')).body.docs
  const items = (await page.locator('#stages li').allInnerTexts()).map(squash)
  const band = (b: any) => (formatYears(b) ? `${b.level} (${formatYears(b)}y)` : b.level)
  expect(items).toEqual(
    stages.map((s: any) => `${s.title}: ${band(s.salaryBand)}, ${formatSalaryRange(s.salaryBand)}`),
  )
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
