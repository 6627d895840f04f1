import { expect, test } from '@playwright/test'

import { adminUrl, signIn, tokenFor } from './adminUi'
import { cms } from './helpers'

/**
 * The admin's own bulk actions go through the public API's checks: the bulk delete asks for
 * every selected document at once (limit=0), which the cap for other apps refused.
 */
test('an editor selects two drafts in the FAQ list and deletes them together', async ({
  page,
}, testInfo) => {
  const t = Date.now().toString(36)
  const token = await tokenFor('editor')
  const ids: number[] = []
  for (const n of [1, 2]) {
    const made = await cms('POST', '/faqs?draft=true', {
      token,
      body: { question: `Bulk ${t} ${n}?`, _status: 'draft' },
    })
    expect(made.status).toBe(201)
    ids.push(made.body.doc.id)
  }
  try {
    await signIn(page, 'editor')
    await page.goto(adminUrl(`/collections/faqs?search=${encodeURIComponent(`Bulk ${t}`)}`))
    const rows = page.locator('.table tbody tr')
    await expect(rows).toHaveCount(2)
    for (const row of await rows.all()) await row.locator('input[type=checkbox]').check()
    await page.locator('.delete-documents__toggle').click()
    await page.getByRole('button', { name: 'Confirm' }).click()
    await expect(page.getByText('Deleted 2 FAQs successfully.')).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath('bulk-deleted.png') })
    for (const id of ids) {
      expect((await cms('GET', `/faqs/${id}?draft=true&depth=0`, { token })).status).toBe(404)
    }
  } finally {
    for (const id of ids) await cms('DELETE', `/faqs/${id}?overrideLock=true`, { token })
  }
})
