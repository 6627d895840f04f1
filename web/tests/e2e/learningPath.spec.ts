import { brotliCompressSync, gzipSync } from 'node:zlib'

import { expect, test, type Page } from '@playwright/test'
import { typeset } from '@mlops-guide/content/format'

import { cms, PAGE_TYPES, webUrl } from './helpers'

/**
 * /learning-path: the guide's learning order and its move from DevOps as a checklist, from
 * the content editors manage (the guide page's "What to learn first"). It reads, ticks from a
 * shared address and prints without script; its one small script keeps ticks in the browser.
 */
const get = (path: string) => fetch(`${webUrl()}${path}`)
const learningPath = async () =>
  (await cms('GET', '/globals/guide-page?depth=1')).body.learningPath as {
    steps: { text: string; tools: { slug: string; name: string }[] }[]
    toLearn: { text: string; tools: { slug: string }[] }[]
  }
const box = (page: Page, slug: string) => page.locator(`input[name="done"][value="${slug}"]`)
const ticked = (page: Page) =>
  page
    .locator('input[name="done"]:checked')
    .evaluateAll((boxes) => [...new Set(boxes.map((b) => (b as HTMLInputElement).value))])

test('the checklist is the guide order, each step in its words, each tool linking its skill page', async ({
  page,
}) => {
  const { steps } = await learningPath()
  // The guide: Docker and Kubernetes first, then MLflow, ... and Go or Rust last.
  expect(steps[0]!.tools.map((t) => t.slug)).toEqual(['docker', 'kubernetes'])
  expect(steps[1]!.tools.map((t) => t.slug)).toEqual(['mlflow'])
  expect(steps.at(-1)!.tools.map((t) => t.slug)).toEqual(['go', 'rust'])
  await page.goto('/learning-path')
  const items = page.locator('ol.steps > li')
  await expect(items).toHaveCount(steps.length)
  for (const [i, step] of steps.entries()) {
    await expect(items.nth(i)).toContainText(typeset(step.text))
    for (const tool of step.tools) {
      const link = items.nth(i).getByRole('link', { name: tool.name, exact: true })
      await expect(link).toHaveAttribute('href', `/skills/${tool.slug}`)
      // Each checkbox is named by the tool it ticks.
      await expect(
        items.nth(i).getByRole('checkbox', { name: tool.name, exact: true }),
      ).toBeVisible()
    }
  }
  // What to learn when coming from DevOps links its tools too, and its answer on the home page.
  const { toLearn } = await learningPath()
  const transition = page.locator('#transition')
  for (const item of toLearn) {
    await expect(transition).toContainText(item.text)
    for (const tool of item.tools)
      await expect(transition.locator(`a[href="/skills/${tool.slug}"]`)).toBeVisible()
  }
  await expect(transition.locator('a[href="/#devops-to-mlops"]')).toBeVisible()
})

test('ticks in the address are rendered on the server, and the form puts them there without script', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/learning-path?done=docker,kubernetes')
  expect(await ticked(page)).toEqual(['docker', 'kubernetes'])
  // The form's own address (a parameter per tick) reads the same.
  await page.goto('/learning-path?done=mlflow&done=dvc')
  expect((await ticked(page)).sort()).toEqual(['dvc', 'mlflow'])
  // Tick and send: the address holds the ticks, to bookmark or share.
  await page.goto('/learning-path')
  expect(await ticked(page)).toEqual([])
  await box(page, 'python').check()
  await page.locator('form[data-checklist] button[type="submit"]').click()
  await expect(page).toHaveURL(/[?&]done=python\b/)
  expect(await ticked(page)).toEqual(['python'])
  await context.close()
})

test('unknown and repeated ticks are ignored, too long a list is refused with a 400 naming done, never a 5xx', async ({
  page,
}) => {
  await page.goto(`/learning-path?done=${encodeURIComponent('nope,<script>,docker,docker,,')}`)
  expect(await ticked(page)).toEqual(['docker'])
  const huge = await get(`/learning-path?done=${'x,'.repeat(3000)}`)
  expect(huge.status).toBe(400)
  expect(await huge.text()).toContain('done: the ticked skills can be at most')
  for (const path of [
    `/learning-path?${'done=docker&'.repeat(500)}`,
    '/learning-path?done=%00%FF',
    '/learning-path?done[]=docker',
    `/learning-path?done=${'a'.repeat(10_000)}`,
  ]) {
    const res = await get(path)
    expect(res.status, path).toBeLessThan(500)
  }
  // A made-up list is no page of the site: it is not kept in the page cache.
  expect((await get('/learning-path?done=docker')).headers.get('cache-control')).toContain(
    'private',
  )
})

test('with script, ticks are kept in this browser and always in the address, with no console error', async ({
  page,
}) => {
  const problems: string[] = []
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  page.on('pageerror', (e) => problems.push(e.message))
  await page.goto('/learning-path')
  await box(page, 'kubernetes').check()
  await expect(page).toHaveURL(/\?done=kubernetes$/)
  await box(page, 'mlflow').check()
  await expect(page).toHaveURL(/\?done=kubernetes,mlflow$/)
  // Back later, without the address: the ticks come from the browser, and into the address.
  await page.goto('/learning-path')
  expect(await ticked(page)).toEqual(['kubernetes', 'mlflow'])
  await expect(page).toHaveURL(/\?done=kubernetes,mlflow$/)
  // A shared address shows its own ticks, not this browser's.
  await page.goto('/learning-path?done=dvc')
  expect(await ticked(page)).toEqual(['dvc'])
  expect(problems).toEqual([])
})

test('the script ships on this page only, as one file under 3 kB compressed', async () => {
  const html = await (await get('/learning-path')).text()
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!)
  expect(sources).toHaveLength(1)
  const res = await fetch(new URL(sources[0]!, `${webUrl()}/learning-path`))
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toContain('javascript')
  const body = Buffer.from(await res.arrayBuffer())
  const gzip = gzipSync(body, { level: 9 }).length
  const brotli = brotliCompressSync(body).length
  console.log(`checklist script: ${body.length} B, ${gzip} B gzip, ${brotli} B brotli`)
  expect(gzip).toBeLessThan(3 * 1024)
  expect(brotli).toBeLessThan(3 * 1024)
  for (const path of PAGE_TYPES.filter((p) => p !== '/learning-path')) {
    const other = await (await get(path)).text()
    expect(other, path).not.toMatch(/<script\b[^>]*\bsrc=/)
  }
})

for (const width of [375, 1280]) {
  test(`the checklist prints on one sheet, without its button (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/learning-path?done=docker')
    await expect(page.locator('form[data-checklist] button')).toBeVisible()
    // Ticks large enough to hit on a phone.
    const size = await box(page, 'docker').boundingBox()
    expect(size!.width).toBeGreaterThanOrEqual(24)
    expect(size!.height).toBeGreaterThanOrEqual(24)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('form[data-checklist] button')).toBeHidden()
    await expect(box(page, 'docker')).toBeChecked()
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1)
  })
}
