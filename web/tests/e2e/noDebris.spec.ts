import { expect, test, type Page } from '@playwright/test'

import { queryDatabase } from '@mlops-guide/stack'

import { adminUrl, paragraph, publishedDoc, signIn, tokenFor, type Role } from './adminUi'
import { adminToken, cms, cmsUrl, stackEnv } from './helpers'

test.use({ viewport: { width: 1440, height: 1000 } })

/** Every FAQ, drafts included, as the admin counts them. */
async function faqCount() {
  const res = await cms('GET', '/faqs?draft=true&limit=1&depth=0', { token: await adminToken() })
  expect(res.status).toBe(200)
  return res.body.totalDocs as number
}

/** "Create New" from the FAQ list, as an editor starts one; resolves to the new draft's id. */
async function createNew(page: Page) {
  await page.goto(adminUrl('/collections/faqs'))
  // Followed, not clicked: a click before the list has hydrated does nothing, and a retried
  // click could open two.
  const link = page.getByRole('link', { name: /create new/i }).first()
  await page.goto(new URL((await link.getAttribute('href'))!, page.url()).href)
  // Payload makes the draft as the view opens, then shows it at its own address.
  await page.waitForURL(/\/collections\/faqs\/\d+$/)
  await expect(page.locator('#field-question')).toBeVisible()
  // The admin's script has run (it is what tells the CMS the editor left).
  await page.waitForLoadState('networkidle')
  return Number(/\/(\d+)$/.exec(page.url())![1])
}

for (const role of ['editor', 'contributor'] as Role[]) {
  test(`a ${role}'s "Create New" left for another page or closed leaves no document`, async ({
    page,
    context,
  }) => {
    await signIn(page, role)
    const before = await faqCount()
    await createNew(page)
    expect(await faqCount()).toBe(before + 1) // one document per create, never two
    await page.goto(adminUrl(''))
    await expect.poll(faqCount, { timeout: 15_000 }).toBe(before)

    // The tab closed instead: the same.
    const tab = await context.newPage()
    await createNew(tab)
    expect(await faqCount()).toBe(before + 1)
    await tab.close({ runBeforeUnload: true })
    await expect.poll(faqCount, { timeout: 15_000 }).toBe(before)
  })
}

test('a create the admin never heard of leaving (the tab closed before its script ran) goes at a later create, once untouched for an hour, unless written in or open in the admin', async ({
  page,
}) => {
  test.setTimeout(120_000) // five creates, a sign-in and an admin page: slow on a loaded machine
  const token = await tokenFor('editor')
  // What Payload's create view makes as it opens, before any of the admin's script runs.
  const made: number[] = []
  const make = async (body: Record<string, unknown> = {}) => {
    const res = await cms('POST', '/faqs?draft=true', { token, body })
    expect(res.status).toBe(201)
    made.push(res.body.doc.id)
    return res.body.doc.id as number
  }
  const status = async (id: number) =>
    (await cms('GET', `/faqs/${id}?draft=true&depth=0`, { token })).status
  try {
    const abandoned = await make()
    const recent = await make()
    const written = await make({ question: `Written ${Date.now()}?` })
    const open = await make()
    // Two hours pass for three of them (the document and its versions).
    const aged = [abandoned, written, open]
    const db = stackEnv().DATABASE_URL!
    const earlier = "now() - interval '2 hours'"
    await queryDatabase(db, `update faqs set updated_at = ${earlier} where id = any($1)`, [aged])
    await queryDatabase(
      db,
      `update _faqs_v set updated_at = ${earlier}, version_updated_at = ${earlier} where parent_id = any($1)`,
      [aged],
    )
    // An editor has one of them open in the admin: the view says so.
    await signIn(page, 'editor')
    await page.goto(adminUrl(`/collections/faqs/${open}`))
    await expect(page.locator('#field-question')).toBeVisible()
    await page.waitForLoadState('networkidle')

    await make() // a later create, by anyone
    await expect.poll(() => status(abandoned), { timeout: 15_000 }).toBe(404)
    for (const id of [recent, written, open]) expect(await status(id), String(id)).toBe(200)
  } finally {
    const admin = await adminToken()
    for (const id of made) await cms('DELETE', `/faqs/${id}?overrideLock=true`, { token: admin })
  }
})

test('a "Create New" the editor typed in is kept when they leave', async ({ page }) => {
  await signIn(page, 'editor')
  const before = await faqCount()
  const id = await createNew(page)
  await page.locator('#field-question').fill(`Kept question ${Date.now()}?`)
  const token = await adminToken()
  // Autosaved as they type (every 2 s), then they leave.
  await expect
    .poll(async () => (await cms('GET', `/faqs/${id}?draft=true&depth=0`, { token })).body.question)
    .toMatch(/^Kept question/)
  await page.goto(adminUrl(''))
  await page.waitForTimeout(1000) // a leave notice would have arrived by now
  expect(await faqCount()).toBe(before + 1)
  expect((await cms('DELETE', `/faqs/${id}?overrideLock=true`, { token })).status).toBe(200)
})

test('the leave notice deletes nothing that was published or written, and refuses bad calls with 4xx', async () => {
  const token = await tokenFor('editor')
  const published = await publishedDoc('faqs', {
    question: `Published ${Date.now()}?`,
    answer: paragraph('An answer.'),
  })
  const draft = await cms('POST', '/faqs?draft=true', {
    token,
    body: { question: `Draft only ${Date.now()}?`, _status: 'draft' },
  })
  expect(draft.status).toBe(201)
  const notice = (id: string | number, auth = true, what = 'abandoned-create') =>
    fetch(`${cmsUrl()}/api/faqs/${id}/${what}`, {
      method: 'POST',
      headers: auth ? { authorization: `JWT ${token}` } : {},
    })
  try {
    for (const id of [published.doc.id, draft.body.doc.id]) {
      const res = await notice(id)
      expect(res.status).toBe(200)
      expect(await res.json()).toMatchObject({ deleted: false })
    }
    // The open view's "still open" is refused the same way.
    for (const what of ['abandoned-create', 'still-open']) {
      expect((await notice(draft.body.doc.id, false, what)).status).toBe(401)
      for (const id of ['abc', '-1', '0', '1.5', '1e99', '9'.repeat(400), '%00', "1'--"]) {
        const res = await notice(id, true, what)
        expect(res.status, `${what} ${id}`).toBe(400)
        // Named: the id, or the path when a segment cannot even be decoded.
        expect((await res.json()).errors[0].message).toMatch(/^(id|path): /)
      }
      expect((await notice(2_000_000_000, true, what)).status).toBe(404)
    }
    // Both still there, unchanged.
    expect((await cms('GET', `/faqs/${published.doc.id}?depth=0`)).status).toBe(200)
    const kept = await cms('GET', `/faqs/${draft.body.doc.id}?draft=true&depth=0`, { token })
    expect(kept.body.question).toBe(draft.body.doc.question)
  } finally {
    await published.remove()
    await cms('DELETE', `/faqs/${draft.body.doc.id}?overrideLock=true`, {
      token: await adminToken(),
    })
  }
})
