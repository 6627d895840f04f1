import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { formatSalaryRange, formatYears, typeset } from '@mlops-guide/content/format'

import { cms, documentLines, dropLinkContext, PAGE_TYPES, squash, STANDING_PAGES } from './helpers'

/**
 * What of a document line a reader must find on the page: table rows by cell, list items
 * and "label -- text" lines by part, comma lists by name (companies show as chips); each as
 * the site's one dash rule prints it (typeset: " -- " reads " — ").
 */
const expectedPieces = (line: string, index: number) =>
  piecesOf(line, index).map((piece) => typeset(piece))

function piecesOf(line: string, index: number): string[] {
  if (index === 0) return [line.replace(/^MLOpsCareer/, 'MLOps Career')] // the logo run into the title
  if (/^\|[-| ]+\|$/.test(line)) return [] // a table's rule line
  if (line.startsWith('|'))
    return line
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean)
  if (line.startsWith('- '))
    return line
      .slice(2)
      .split(' -- ', 2)
      .map((p) => p.trim())
  return [line]
}

test('every line of the guide document is on the page, figures exact', async ({ page }) => {
  await page.goto('/')
  await dropLinkContext(page)
  const text = squash(await page.locator('body').innerText())
  const missing: string[] = []
  documentLines().forEach((line, i) => {
    for (const piece of expectedPieces(line, i)) {
      const found = text.includes(squash(piece)) || piece.split(', ').every((p) => text.includes(p))
      if (!found) missing.push(piece)
    }
  })
  expect(missing).toEqual([])
})

test('sections come in the document order, each with its heading', async ({ page }) => {
  await page.goto('/')
  const headings = await page.locator('main h2').allInnerTexts()
  const global = (await cms('GET', '/globals/guide-page')).body
  expect(headings).toEqual([
    global.why.heading,
    global.what.heading,
    global.comparison.heading,
    global.skills.heading,
    global.careerPath.heading,
    global.companies.heading,
    global.salaries.heading,
    global.faq.heading,
    global.nextSteps.heading,
  ])
})

test('salary bands show as a table and as a chart with a text alternative', async ({ page }) => {
  await page.goto('/')
  const bands = (await cms('GET', '/salary-bands?limit=100')).body.docs
  const section = page.locator('#salaries')
  for (const band of bands) {
    await expect(section.locator('table')).toContainText(formatSalaryRange(band))
    await expect(section.locator('svg desc')).toContainText(formatSalaryRange(band))
  }
  expect(await section.locator('svg[role="img"] rect.bar').count()).toBe(bands.length)
  // The open-ended top band is drawn as running on (a dashed arrow).
  expect(await section.locator('svg line.open').count()).toBe(
    bands.filter((b: any) => b.openEnded).length,
  )
  await expect(page.locator('#comparison svg desc')).toContainText('$140k-$270k')
})

test('the career path is a timeline linking each stage to its own page', async ({ page }) => {
  await page.goto('/')
  const stages = (await cms('GET', '/career-stages?limit=100&depth=1')).body.docs
  const links = page.locator('#career-path svg a')
  expect(await links.count()).toBe(stages.length)
  await page.locator('#career-path ol a', { hasText: stages[2].title }).first().click()
  await expect(page).toHaveURL(new RegExp(`/career-path/${stages[2].slug}$`))
  await expect(page.locator('h1')).toHaveText(stages[2].title)
  // Its pay, from the bands its years span (the guide pairs no stage with a band).
  await expect(page.locator('main .pay')).toContainText(`${formatYears(stages[2])} years spans`)
  for (const skill of stages[2].keySkills)
    await expect(page.locator('main ul.key-skills')).toContainText(skill.name)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`/career-path/${stages[2].slug}$`),
  )
})

test('skills filter by category with plain links (no JavaScript needed)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  const categories = (await cms('GET', '/tool-categories?limit=100')).body.docs
  await expect(page.locator('#core-skills .category')).toHaveCount(categories.length)
  await page.locator('#core-skills nav a', { hasText: categories[1].title }).click()
  await expect(page.locator('#core-skills .category')).toHaveCount(1)
  await expect(page.locator('#core-skills .category h3')).toHaveText(categories[1].title)
  await context.close()
})

test('FAQs have stable anchors and FAQPage JSON-LD', async ({ page }) => {
  const faqs = (await cms('GET', '/faqs?limit=100')).body.docs
  await page.goto(`/#${faqs[3].slug}`)
  const question = page.locator(`#${faqs[3].slug} h3`)
  await expect(question).toContainText(faqs[3].question)
  // A visible "#" beside the question is its address to share.
  await expect(question.getByRole('link')).toHaveText('#')
  await expect(question.getByRole('link')).toHaveAttribute('href', `#${faqs[3].slug}`)
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
  expect(ld['@type']).toBe('FAQPage')
  expect(ld.mainEntity.map((q: any) => q.name)).toEqual(faqs.map((f: any) => f.question))
  expect(ld.mainEntity[3].acceptedAnswer.text).toContain('$120k-$160k')
})

test('the page ships no JavaScript and reads completely without it', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.locator('#faq article')).toHaveCount(5)
  const scripts = await page.locator('script:not([type="application/ld+json"])').count()
  expect(scripts).toBe(0)
  await context.close()
})

for (const width of [375, 768, 1280]) {
  test(`no horizontal scroll at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    for (const path of [...PAGE_TYPES, ...STANDING_PAGES]) {
      await page.goto(path)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      expect(overflow, path).toBeLessThanOrEqual(0)
    }
  })
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe-core finds no violations (${colorScheme} mode)`, async ({ browser }) => {
    // Eleven pages, each analysed in full: longer than the default 30 s on a busy machine.
    test.setTimeout(240_000)
    const context = await browser.newContext({ colorScheme })
    const page = await context.newPage()
    for (const path of [...PAGE_TYPES, ...STANDING_PAGES, '/no-such-page']) {
      await page.goto(path)
      const results = await new AxeBuilder({ page }).analyze()
      expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([])
    }
    await context.close()
  })
}

test('title, description, canonical and Open Graph tags on the guide', async ({ page }) => {
  await page.goto('/')
  const global = (await cms('GET', '/globals/guide-page')).body
  await expect(page).toHaveTitle(global.hero.title)
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    typeset(global.hero.subtitle),
  )
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    global.hero.title,
  )
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/$/)
})
