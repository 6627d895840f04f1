import { expect, test } from '@playwright/test'

import { cms } from './helpers'

/**
 * The home page answers first: the questions readers come with (editors choose them, the
 * guide page's title tab) on the first phone screen, the contents naming every question, and
 * on wide screens the contents in view while reading.
 */
const questionsFirst = async () =>
  (await cms('GET', '/globals/guide-page?depth=1')).body.hero.questions as {
    slug: string
    question: string
  }[]

test('the first phone screen links the three questions readers come with, and the checklist', async ({
  page,
}) => {
  const questions = await questionsFirst()
  // Pay by level, DevOps to MLOps, what to learn first.
  expect(questions.map((q) => q.slug)).toEqual([
    'mlops-salaries',
    'devops-to-mlops',
    'tools-to-learn',
  ])
  await page.setViewportSize({ width: 375, height: 667 })
  await page.goto('/')
  const block = page.locator('.answers-first')
  for (const q of questions) {
    const link = block.getByRole('link', { name: q.question, exact: true })
    await expect(link).toHaveAttribute('href', `#${q.slug}`)
    const box = (await link.boundingBox())!
    expect(box.y + box.height, q.question).toBeLessThanOrEqual(667)
    await expect(page.locator(`[id="${q.slug}"]`)).toHaveCount(1)
  }
  await expect(block.locator('a[href="/learning-path"]')).toBeInViewport()
  await expect(block.locator('a[href="/learning-path#transition"]')).toBeInViewport()
})

test('the contents list names each question, not "Frequently Asked Questions"', async ({
  page,
}) => {
  const faqs = (await cms('GET', '/faqs?limit=100')).body.docs
  const page_ = (await cms('GET', '/globals/guide-page')).body
  await page.goto('/')
  const contents = page.getByRole('navigation', { name: 'Sections' })
  for (const faq of faqs)
    await expect(contents.getByRole('link', { name: faq.question, exact: true })).toHaveAttribute(
      'href',
      `#${faq.slug}`,
    )
  await expect(contents.getByRole('link', { name: page_.faq.heading })).toHaveCount(0)
})

test('from 1100 px the contents stay in view while reading (CSS sticky); on a phone they scroll away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/')
  const contents = page.getByRole('navigation', { name: 'Sections' })
  expect(await contents.evaluate((n) => getComputedStyle(n).position)).toBe('sticky')
  await page.locator('#devops-to-mlops').scrollIntoViewIfNeeded()
  await expect(contents).toBeInViewport()
  // Beside the text, not over it.
  const nav = (await contents.boundingBox())!
  const faq = (await page.locator('#faq').boundingBox())!
  expect(nav.x).toBeGreaterThanOrEqual(faq.x + faq.width)

  await page.setViewportSize({ width: 375, height: 667 })
  await page.goto('/')
  expect(await contents.evaluate((n) => getComputedStyle(n).position)).toBe('static')
  await page.locator('#devops-to-mlops').scrollIntoViewIfNeeded()
  await expect(contents).not.toBeInViewport()
})
