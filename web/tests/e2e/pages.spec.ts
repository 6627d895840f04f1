import { expect, test } from '@playwright/test'
import { formatSalaryRange, formatYears } from '@mlops-guide/content/format'

import { cms, stackEnv } from './helpers'

/** Every page type complete: on a phone, in print, as a share card, and when not found. */

test('on a phone the role comparison stacks: every role of every row in view, nothing scrolls sideways', async ({
  page,
}) => {
  const roles = (await cms('GET', '/roles?limit=100')).body.docs
  await page.setViewportSize({ width: 375, height: 800 })
  await page.goto('/#comparison')
  const table = page.locator('#comparison table')
  const { scroll, client } = await table.evaluate((t) => ({
    scroll: t.scrollWidth,
    client: t.clientWidth,
  }))
  expect(scroll).toBeLessThanOrEqual(client)
  const cells = table.locator('tbody td')
  expect(await cells.count()).toBeGreaterThan(0)
  for (const box of await cells.evaluateAll((tds) =>
    tds.map((td) => {
      const r = td.getBoundingClientRect()
      return { left: r.left, right: r.right, label: getComputedStyle(td, '::before').content }
    }),
  )) {
    expect(box.left).toBeGreaterThanOrEqual(0)
    expect(box.right).toBeLessThanOrEqual(375)
    // Each cell names its role, since the column headings are out of sight.
    expect(roles.map((r: any) => `"${r.name}: "`)).toContain(box.label)
  }
  // At 1280 px it is a table again, a column per role.
  await page.setViewportSize({ width: 1280, height: 800 })
  await expect(table.locator('thead th')).toHaveText(['Aspect', ...roles.map((r: any) => r.name)])
  await expect(table.locator('thead')).toBeVisible()
})

for (const path of ['/no-such-page', '/career-path/no-such-stage']) {
  test(`a page not found (${path}) has the site's header, navigation and footer`, async ({
    page,
  }) => {
    const settings = (await cms('GET', '/globals/site-settings')).body
    const res = await page.goto(path)
    expect(res?.status()).toBe(404)
    await expect(page.locator('h1')).toHaveText('Page not found')
    const nav = page.locator('header.site-header').getByRole('navigation', { name: 'Site' })
    await expect(nav.getByRole('link')).toHaveText(settings.navigation.map((n: any) => n.label))
    await expect(page.locator('footer.site-footer')).toBeVisible()
  })
}

/** Pages of a PDF Chromium prints (each page is one "/Type /Page" object). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length

test('print leaves out every control, prints the address and a date, and no sheet holds only the footer', async ({
  page,
}) => {
  const paths = ['/', '/career-path', '/career-path/mlops-engineer', '/salaries', '/skills/rust']
  for (const path of paths) {
    await page.goto(path)
    await page.emulateMedia({ media: 'print' })
    for (const control of [
      'nav[aria-label="Sections"]',
      'nav[aria-label="Filter skills by category"]',
      '.pager',
      'header.site-header nav',
    ]) {
      for (const el of await page.locator(control).all()) await expect(el, path).toBeHidden()
    }
    const printed = page.locator('footer .print-only')
    await expect(printed).toBeVisible()
    await expect(printed).toContainText(`${stackEnv().WEB_PUBLIC_URL}${path === '/' ? '/' : path}`)
    await expect(printed).toContainText(/\d{1,2} [A-Z][a-z]{2} \d{4}/)

    const withFooter = pdfPages(await page.pdf({ format: 'A4' }))
    await page.locator('footer.site-footer').evaluate((f) => f.remove())
    const without = pdfPages(await page.pdf({ format: 'A4' }))
    expect(withFooter, `${path}: the footer added a sheet of its own`).toBe(without)
    await page.emulateMedia({ media: 'screen' })
  }
})

test('share cards carry the page key figure: the salaries range, a stage pay', async ({ page }) => {
  const bands = (await cms('GET', '/salary-bands?limit=100')).body.docs
  const top = bands.reduce((a: any, b: any) => (b.maxSalary > a.maxSalary ? b : a))
  const range = formatSalaryRange({
    minSalary: Math.min(...bands.map((b: any) => b.minSalary)),
    maxSalary: top.maxSalary,
    openEnded: top.openEnded,
  })
  await page.goto('/salaries')
  const alt = page.locator('meta[property="og:image:alt"]')
  await expect(alt).toHaveAttribute('content', new RegExp(`${range.replace(/[$+]/g, '\\$&')}$`))
  await page.goto('/career-path/mlops-engineer')
  await expect(alt).toHaveAttribute('content', /: \$160k-\$270k$/)
})

test('/career-path lists every stage with its years and its pay, each linking to its page', async ({
  page,
}) => {
  const stages = (await cms('GET', '/career-stages?limit=100')).body.docs
  const res = await page.goto('/career-path')
  expect(res?.status()).toBe(200)
  const rows = page.locator('#stages tbody tr')
  await expect(rows).toHaveCount(stages.length)
  for (const [i, stage] of stages.entries()) {
    const row = rows.nth(i)
    await expect(row.locator('th a')).toHaveAttribute('href', `/career-path/${stage.slug}`)
    await expect(row.locator('td').nth(0)).toHaveText(`${formatYears(stage)} years`)
    await expect(row.locator('td').nth(1)).toContainText(`${formatYears(stage)} years spans `)
  }
  // Its stage pages lead back to it.
  await page.goto('/career-path/mlops-engineer')
  await expect(
    page.getByRole('navigation', { name: 'Breadcrumb' }).locator('a[href="/career-path"]'),
  ).toHaveCount(1)
})
