import { expect, test } from '@playwright/test'

import {
  adminUrl,
  ensureUser,
  openLivePreview,
  paragraph,
  publicSiteUrl,
  publishedDoc,
  saveInAdmin,
  signIn,
  tokenFor,
} from './adminUi'
import { adminToken, cms, cmsUrl, webUrl } from './helpers'

// Times typed into the admin's date picker are read in the browser's zone.
test.use({ timezoneId: 'UTC', viewport: { width: 1440, height: 1000 } })

const tag = () => Math.random().toString(36).slice(2, 8)
const sitePage = async (path = '/') => (await fetch(`${webUrl()}${path}`)).text()

/** Polls the public site until `text` shows; the time it first did. */
async function whenSiteShows(text: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if ((await sitePage()).includes(text)) return Date.now()
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`the site never showed ${text}`)
}

test('an editor edits an FAQ answer, sees the live preview change before saving, publishes, and readers see it', async ({
  page,
}) => {
  const t = tag()
  const faq = await publishedDoc('faqs', {
    question: `Editorial question ${t}?`,
    answer: paragraph(`Original answer ${t}.`),
  })
  try {
    await signIn(page, 'editor')
    await page.goto(adminUrl(`/collections/faqs/${faq.doc.id}`))
    const preview = await openLivePreview(page)
    const answer = preview.locator(`#${faq.doc.slug} .answer`)
    await expect(answer).toHaveText(`Original answer ${t}.`, { timeout: 15_000 })

    // Type at the end of the answer: the site's own page in the frame follows.
    await page.locator('.rich-text-lexical [contenteditable=true]').click()
    await page.keyboard.press('ControlOrMeta+End')
    await page.keyboard.type(` Edited live ${t}.`)
    await expect(answer).toHaveText(`Original answer ${t}. Edited live ${t}.`)
    expect(await sitePage()).not.toContain(`Edited live ${t}`)

    await saveInAdmin(page, 'faqs', faq.doc.id) // "Publish changes"
    await expect(page.locator('.doc-controls__status')).toContainText('Published')
    await whenSiteShows(`Edited live ${t}.`, 5000)
  } finally {
    await faq.remove()
  }
})

test('the Preview link shows the draft to its holder; without its token the address shows only what is published', async ({
  page,
  browser,
}) => {
  const t = tag()
  const faq = await publishedDoc('faqs', {
    question: `Preview question ${t}?`,
    answer: paragraph(`Published answer ${t}.`),
  })
  try {
    const token = await adminToken()
    await cms('PATCH', `/faqs/${faq.doc.id}?draft=true`, {
      token,
      body: { answer: paragraph(`Draft answer ${t}.`), _status: 'draft' },
    })
    await signIn(page, 'editor')
    await page.goto(adminUrl(`/collections/faqs/${faq.doc.id}`))
    const link = await page.locator('#preview-button').getAttribute('href')
    expect(link).toMatch(
      new RegExp(`^${publicSiteUrl()}/preview/faqs/${faq.doc.id}\\?token=[\\w-]+\\.[\\w-]+$`),
    )

    // A reader's browser: no CMS session at all.
    const reader = await browser.newPage()
    const res = await reader.goto(link!)
    expect(res!.headers()['cache-control']).toBe('private, no-store')
    expect(res!.headers()['x-robots-tag']).toBe('noindex')
    await expect(reader.locator(`#${faq.doc.slug} .answer`)).toHaveText(`Draft answer ${t}.`)

    const withoutToken = link!.split('?')[0]!
    await reader.goto(withoutToken)
    expect(new URL(reader.url()).pathname).toBe('/')
    await expect(reader.locator(`#${faq.doc.slug} .answer`)).toHaveText(`Published answer ${t}.`)
    expect(await reader.content()).not.toContain(`Draft answer ${t}`)

    const forged = `${withoutToken}?token=${link!.split('token=')[1]!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`
    await reader.goto(forged)
    expect(await reader.content()).not.toContain(`Draft answer ${t}`)
    await reader.close()
  } finally {
    await faq.remove()
  }
})

test('an editor prepares a salary change, checks it on a phone-sized preview, schedules it, and readers see it at that time and not before', async ({
  page,
}) => {
  test.setTimeout(150_000)
  const t = tag()
  const band = await publishedDoc('salary-bands', {
    level: `E2E level ${t}`,
    minSalary: 101000,
    maxSalary: 121000,
    currency: 'USD',
    source: 'E2E test',
    asOf: '2026-01-01',
  })
  try {
    await signIn(page, 'editor')
    await page.goto(adminUrl(`/collections/salary-bands/${band.doc.id}`))
    const preview = await openLivePreview(page)
    // The breakpoint menu (its button shows the current one); retried until it opens,
    // since a click before the toolbar has hydrated does nothing.
    const phone = page.getByRole('button', { name: 'Phone', exact: true }).filter({ visible: true })
    await expect(async () => {
      if (!(await phone.isVisible())) {
        await page.locator('.live-preview-toolbar .popup-button').first().click()
      }
      await expect(phone).toBeVisible({ timeout: 1000 })
    }).toPass({ timeout: 20_000 })
    await phone.click()
    await expect
      .poll(async () => (await page.locator('iframe#live-preview-iframe').boundingBox())?.width)
      .toBe(375)

    await page.fill('#field-maxSalary', '126000')
    await expect(preview.locator('#salaries')).toContainText('$101k-$126k')
    // Autosave keeps the draft; readers still get the published figure.
    await expect(page.locator('.autosave')).toContainText(/saved/i, { timeout: 10_000 })
    expect(await sitePage()).toContain('$101k-$121k')

    // Schedule for the next whole minute at least 15 s away (the picker has no seconds).
    const at = new Date(Math.ceil((Date.now() + 15_000) / 60_000) * 60_000)
    await page.locator('#action-save-popup .popup-button').click()
    await page.getByRole('button', { name: 'Schedule Publish' }).click()
    const when = at.toLocaleString('en-US', {
      timeZone: 'UTC',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    })
    await page.locator('.schedule-publish__type').getByText('Publish', { exact: true }).click()
    await page.locator('#time input').fill(when)
    await page.keyboard.press('Enter')
    await page.locator('#scheduled-publish-save').click()
    await expect(page.locator('.schedule-publish__upcoming tbody tr td').first()).toHaveText(
      'Publish',
    )

    while (Date.now() < at.getTime() - 1000) {
      expect(await sitePage()).not.toContain('$101k-$126k')
      await new Promise((r) => setTimeout(r, 1000))
    }
    const seenAt = await whenSiteShows('$101k-$126k', at.getTime() - Date.now() + 10_000)
    expect(seenAt).toBeGreaterThanOrEqual(at.getTime())
    expect(seenAt - at.getTime()).toBeLessThan(5000)
  } finally {
    await band.remove()
  }
})

test('a contributor has no Publish button, and a publish from the list is refused with a clear message', async ({
  page,
}) => {
  const t = tag()
  await signIn(page, 'contributor')
  // Their own new FAQ, never published.
  const made = await cms('POST', '/faqs?draft=true', {
    token: await tokenFor('contributor'),
    body: {
      question: `Contributor question ${t}?`,
      answer: paragraph(`Draft ${t}.`),
      _status: 'draft',
    },
  })
  expect(made.status).toBe(201)
  const id = made.body.doc.id
  try {
    await page.goto(adminUrl(`/collections/faqs/${id}`))
    await expect(page.locator('.contributor-note')).toContainText('An editor publishes it')
    await expect(page.locator('#action-save')).toHaveCount(0)

    // What they write is kept as a draft (autosave), and readers do not see it.
    await page.fill('#field-question', `Contributor draft ${t}?`)
    await expect(page.locator('.autosave')).toContainText(/saved/i, { timeout: 10_000 })
    expect((await cms('GET', `/faqs/${id}`)).status).toBe(404)

    await page.goto(adminUrl(`/collections/faqs?where[id][equals]=${id}`))
    await page.locator('.table tbody input[type=checkbox]').first().check()
    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await page.getByRole('button', { name: 'Confirm' }).click()
    await expect(page.locator('[data-sonner-toast]').first()).toContainText(
      'Contributors can save drafts but cannot publish',
    )
    expect((await cms('GET', `/faqs/${id}`)).status).toBe(404)
    expect(await sitePage()).not.toContain(`Contributor draft ${t}`)
  } finally {
    const removed = await cms('DELETE', `/faqs/${id}?overrideLock=true`, {
      token: await adminToken(),
    })
    expect(removed.status).toBe(200)
  }
})

test('an editor compares two versions of an FAQ and restores the older one, and readers get it back', async ({
  page,
}) => {
  const t = tag()
  const faq = await publishedDoc('faqs', {
    question: `First wording ${t}?`,
    answer: paragraph(`Answer ${t}.`),
  })
  try {
    const token = await adminToken()
    await cms('PATCH', `/faqs/${faq.doc.id}`, {
      token,
      body: { question: `Second wording ${t}?`, _status: 'published' },
    })
    await whenSiteShows(`Second wording ${t}?`, 5000)

    await signIn(page, 'editor')
    await page.goto(adminUrl(`/collections/faqs/${faq.doc.id}/versions`))
    // Newest first: the current version, then the first one.
    const rows = page.locator('.table tbody tr')
    await expect(rows).toHaveCount(2)
    await rows.nth(1).locator('a').first().click()
    // The compare view shows both wordings side by side.
    await expect(page.getByText('Compare Versions')).toBeVisible()
    await expect(page.locator('body')).toContainText('Second')
    await expect(page.locator('body')).toContainText('First')

    await page.getByRole('button', { name: 'Restore this version' }).click()
    await page.getByRole('button', { name: 'Confirm' }).click()
    await whenSiteShows(`First wording ${t}?`, 5000)
    expect((await cms('GET', `/faqs/${faq.doc.id}`)).body.question).toBe(`First wording ${t}?`)
  } finally {
    await faq.remove()
  }
})

test('the salary band list flags figures older than twelve months and filters to them in one click', async ({
  page,
}) => {
  const t = tag()
  const stale = await publishedDoc('salary-bands', {
    level: `Stale level ${t}`,
    minSalary: 90000,
    maxSalary: 95000,
    currency: 'USD',
    source: 'An old survey',
    asOf: '2024-06-01',
  })
  try {
    await ensureUser('editor')
    await signIn(page, 'editor')
    await page.goto(adminUrl(`/collections/salary-bands`))
    const row = page.locator('.table tbody tr', { hasText: `Stale level ${t}` })
    await expect(row.locator('.as-of--stale')).toContainText('months old, review')
    const fresh = page.locator('.table tbody tr', { hasText: 'Junior' })
    await expect(fresh.locator('.as-of--stale')).toHaveCount(0)

    await page.getByRole('link', { name: /Show figures older than 12 months/ }).click()
    await expect(page.locator('.table tbody tr')).toHaveCount(1)
    await expect(page.locator('.table tbody tr')).toContainText(`Stale level ${t}`)
  } finally {
    await stale.remove()
  }
})

test('a contributor sees images but is offered no upload, replace, save or delete; an editor is', async ({
  page,
}) => {
  test.setTimeout(90_000) // two sign-ins, two admin pages each
  const t = tag()
  // A 1×1 PNG, uploaded as admin.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  )
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `e2e-${t}.png`)
  form.append('_payload', JSON.stringify({ alt: `E2E image ${t}` }))
  const made = await fetch(`${cmsUrl()}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${await adminToken()}` },
    body: form,
  })
  expect(made.status).toBe(201)
  const id = ((await made.json()) as { doc: { id: number } }).doc.id
  try {
    for (const [role, offered] of [
      ['editor', 1],
      ['contributor', 0],
    ] as const) {
      await page.context().clearCookies()
      await signIn(page, role)
      await page.goto(adminUrl('/collections/media'))
      await expect(page.locator('.table')).toContainText(`E2E image ${t}`)
      await expect(page.locator('a[href$="/collections/media/create"]').first()).toHaveCount(
        offered,
      )
      await page.goto(adminUrl(`/collections/media/${id}`))
      await expect(page.locator('.file-details')).toBeVisible()
      await expect(page.locator('.file-details__remove')).toHaveCount(offered)
      await expect(page.locator('#action-save')).toHaveCount(offered)
    }
  } finally {
    const removed = await cms('DELETE', `/media/${id}`, { token: await adminToken() })
    expect(removed.status).toBe(200)
  }
})
