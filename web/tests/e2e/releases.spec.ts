import { expect, test } from '@playwright/test'

import { adminUrl, paragraph, publishedDoc, signIn, tokenFor } from './adminUi'
import { cms, webUrl } from './helpers'

test.use({ viewport: { width: 1440, height: 1000 } })

const tag = () => Math.random().toString(36).slice(2, 8)
/** The home page's text (it shows the salary bands and the FAQs), without its markup. */
const homeText = async () =>
  (await (await fetch(`${webUrl()}/`)).text()).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')

test('an editor gathers drafts into a release in the admin and publishes it: the site never shows half of it', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const level = `Release band ${tag()}`
  const question = `Release question ${tag()}?`
  const band = await publishedDoc('salary-bands', {
    level,
    minSalary: 100000,
    maxSalary: 150000,
    source: 'Test survey',
    asOf: '2026-06-01T00:00:00.000Z',
  })
  const faq = await publishedDoc('faqs', {
    question,
    answer: paragraph('Pay is as the table says.'),
  })
  // No seeded band tops out at $161k-$189k, so the figure check can only read this band.
  const newMax = 161000 + 1000 * Math.floor(Math.random() * 29)
  const newRange = `$100k-$${newMax / 1000}k`
  const sentence = `Next year this band pays ${newRange}.`
  const editor = await tokenFor('editor')
  for (const [collection, id, data] of [
    ['salary-bands', band.doc.id, { maxSalary: newMax }],
    ['faqs', faq.doc.id, { answer: paragraph(sentence) }],
  ] as const) {
    const res = await cms('PATCH', `/${collection}/${id}?draft=true`, {
      token: editor,
      body: { ...data, _status: 'draft' },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  }
  await expect.poll(homeText, { timeout: 20_000 }).toContain(`${level}$100k-$150k`)

  await signIn(page, 'editor')
  await page.goto(adminUrl('/collections/releases/create'))
  await page.fill('#field-title', 'Next year’s Senior pay')
  for (const name of [level, question]) {
    const select = page.locator('#field-documents .rs__control')
    await select.click()
    await page.keyboard.type(name.slice(0, 14))
    await page.locator('.rs__option', { hasText: name }).first().click()
  }
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('button', { name: 'Publish release now' })).toBeEnabled({
    timeout: 20_000,
  })

  // The site, polled while the release publishes: every answer shows both old or both new.
  let publishing = true
  const answers: { bandNew: boolean; faqNew: boolean }[] = []
  const poll = (async () => {
    while (publishing) {
      const text = await homeText()
      answers.push({
        bandNew: text.includes(`${level}${newRange}`),
        faqNew: text.includes(sentence),
      })
    }
  })()
  await page.getByRole('button', { name: 'Publish release now' }).click()
  await expect(page.locator('#field-outcome')).toHaveValue(/Published 2 documents together/, {
    timeout: 30_000,
  })
  await expect.poll(homeText, { timeout: 20_000 }).toContain(sentence)
  publishing = false
  await poll
  const text = await homeText()
  expect(text).toContain(`${level}${newRange}`)
  expect(answers.filter((a) => a.bandNew !== a.faqNew)).toEqual([])
  expect(answers.some((a) => !a.bandNew)).toBe(true)

  // The view reloads after the run: the screenshot waits for its fields to be filled in.
  await expect(page.locator('.shimmer-effect')).toHaveCount(0, { timeout: 20_000 })
  await expect(page.locator('#field-documents')).toContainText(level)
  await page.screenshot({ path: test.info().outputPath('release.png'), fullPage: true })

  // The record of changes names the release on both entries.
  const changes = (await cms('GET', '/content-changes?limit=10')).body.docs as any[]
  const grouped = changes.filter((c) => c.release?.title === 'Next year’s Senior pay')
  expect(grouped.map((c) => c.document.slug).sort()).toEqual(['faqs', 'salary-bands'])

  // And /changes says it, on the entries of the release.
  await page.goto(`${webUrl()}/changes`)
  await expect(page.locator('.changes li', { hasText: level }).locator('.release')).toHaveText(
    'Published together as: Next year’s Senior pay',
  )

  await faq.remove()
  await band.remove()
})
