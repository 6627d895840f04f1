import { expect, test, type Browser, type Page } from '@playwright/test'

import {
  adminUrl,
  paragraph,
  publishedDoc,
  saveInAdmin,
  signIn,
  tokenFor,
  type Role,
} from './adminUi'
import { adminToken, cms, webUrl } from './helpers'

test.use({ viewport: { width: 1440, height: 1000 } })

const tag = () => Math.random().toString(36).slice(2, 8)

/** A page of its own (own cookies) signed in through the admin's form as `role`. */
async function signedIn(browser: Browser, role: Role) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
  await signIn(page, role)
  return page
}

/** Waits until autosave has kept `fields` in the FAQ's draft (read as admin). */
async function draftHas(id: number, fields: Record<string, unknown>) {
  const token = await adminToken()
  await expect
    .poll(async () => (await cms('GET', `/faqs/${id}?draft=true&depth=0`, { token })).body, {
      timeout: 15_000,
    })
    .toMatchObject(fields)
}

/** Picks `option` in the document's Review select. */
async function setReview(page: Page, option: string) {
  await page.locator('#field-reviewStatus .rs__control').click()
  await page.locator('.rs__option', { hasText: option }).click()
  await expect(page.locator('#field-reviewStatus')).toContainText(option)
}

/** The dashboard list `id` (review/admin/NeedsAttention.tsx) of `page`, freshly rendered. */
async function attention(page: Page, id: string) {
  await page.goto(adminUrl())
  return page.locator(`[data-attention=${id}]`)
}

/** Polls the delivery log (as admin) until `subscriber`'s delivery reaches `status`. */
async function deliveryReaches(subscriber: number, status: string) {
  const token = await adminToken()
  await expect
    .poll(
      async () =>
        (
          await cms(
            'GET',
            `/webhook-deliveries?where[subscriber][equals]=${subscriber}&depth=0&limit=1`,
            { token },
          )
        ).body.docs[0]?.status,
      { timeout: 60_000 },
    )
    .toBe(status)
}

test('an editor schedules on any minute in a named timezone; the dashboard counts and links scheduled changes, stale and disagreeing figures and failed webhooks', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000)
  const t = tag()
  const token = await adminToken()
  // Work in every list, made here: a band whose source is two years old, an FAQ quoting a
  // figure the data contradicts, and a webhook whose receiver never answers.
  const band = await publishedDoc('salary-bands', {
    level: `Stale level ${t}`,
    minSalary: 91000,
    maxSalary: 99000,
    currency: 'USD',
    source: 'E2E test',
    asOf: '2024-01-15',
  })
  const faq = await publishedDoc('faqs', {
    question: `Scheduled ${t}?`,
    answer: paragraph(`Juniors earn $120k-$175k (${t}).`),
  })
  const subscriber = await cms('POST', '/webhook-subscribers', {
    token,
    // Port 9 (discard) refuses the connection on loopback.
    body: { name: `Never answers ${t}`, url: 'http://127.0.0.1:9/hook', content: ['faqs'] },
  })
  expect(subscriber.status, JSON.stringify(subscriber.body)).toBe(201)
  const subscriberId: number = subscriber.body.doc.id
  const editor = await signedIn(browser, 'editor')
  try {
    // One attempt fails; the webhook is paused before the next, which then gives up.
    await cms('PATCH', `/faqs/${faq.doc.id}`, {
      token,
      body: { question: `Scheduled ${t}, edited?`, _status: 'published' },
    })
    await deliveryReaches(subscriberId, 'retrying')
    await cms('PATCH', `/webhook-subscribers/${subscriberId}`, { token, body: { active: false } })
    await deliveryReaches(subscriberId, 'failed')

    // The editor schedules the FAQ's next version for tomorrow at 13:07, typed.
    await editor.goto(adminUrl(`/collections/faqs/${faq.doc.id}`))
    await editor.fill('#field-question', `Scheduled ${t}, next?`)
    await draftHas(faq.doc.id, { question: `Scheduled ${t}, next?` })
    await editor.locator('#action-save-popup .popup-button').click()
    await editor.getByRole('button', { name: 'Schedule Publish' }).click()
    await editor.locator('.schedule-publish__type').getByText('Publish', { exact: true }).click()
    // The timezone is named (UTC by default), not "Select a value".
    await expect(editor.locator('.timezone-picker')).toContainText('UTC')
    const tomorrow = new Date(Date.now() + 24 * 3600_000)
    const day = tomorrow.toLocaleDateString('en-US', {
      timeZone: 'UTC',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
    })
    const time = editor.locator('#time input')
    await time.fill(`${day} 1:07 PM`)
    // Tab, not Enter: Enter in the picker also submits the drawer (one schedule more).
    await editor.keyboard.press('Tab')
    // Understood as typed, to the minute (the picker offers every minute, not 5-minute steps).
    await expect(time).toHaveValue(`${day} 1:07 PM`)
    await editor.locator('#scheduled-publish-save').click()
    const upcoming = editor.locator('.schedule-publish__upcoming tbody tr')
    await expect(upcoming).toHaveCount(1)
    await expect(upcoming).toContainText('Publish')
    await expect(upcoming).toContainText('UTC')
    await editor.keyboard.press('Escape')

    // The edit view and the list say it is scheduled, and when.
    const when = `Publish on ${tomorrow.toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' })}, 13:07 (UTC)`
    await editor.reload()
    await expect(editor.locator('.scheduled-note')).toContainText(when)
    await editor.goto(adminUrl(`/collections/faqs?where[id][equals]=${faq.doc.id}`))
    await expect(editor.locator('.scheduled-cell')).toHaveText(when)

    // The dashboard: every list with its count and links.
    const scheduled = await attention(editor, 'attention-scheduled')
    await expect(scheduled.locator('li', { hasText: `Scheduled ${t}, next?` })).toContainText(when)
    const stale = editor.locator('[data-attention=attention-stale]')
    await expect(stale.locator('.needs-attention__count')).not.toHaveText('0')
    const mismatches = editor.locator('[data-attention=attention-mismatches]')
    await expect(mismatches.locator('.needs-attention__count')).not.toHaveText('0')
    const failed = editor.locator('[data-attention=attention-webhooks]')
    // One line per delivery that gave up, saying why. Only the edit's: the FAQ's creation came
    // before the webhook (CI once listed both, when the queue worked the creation late).
    await expect(failed.locator('li', { hasText: `faqs ${faq.doc.id}` })).toContainText(
      'The webhook was removed or paused',
    )
    await editor.screenshot({ path: testInfo.outputPath('dashboard.png'), fullPage: true })

    await stale.getByRole('link', { name: /Salary bands/ }).click()
    await editor.waitForURL(/asOf/)
    await editor.screenshot({ path: testInfo.outputPath('stale-list.png'), fullPage: true })
    await expect(editor.locator('.table')).toContainText(`Stale level ${t}`)
  } finally {
    await editor.close()
    await faq.remove()
    await band.remove()
    await cms('DELETE', `/webhook-deliveries?where[subscriber][equals]=${subscriberId}`, { token })
    await cms('DELETE', `/webhook-subscribers/${subscriberId}`, { token })
  }
})

test('a typed time the picker cannot read is refused, never scheduled at a time nobody typed', async ({
  browser,
}, testInfo) => {
  const t = Date.now().toString(36)
  const faq = await publishedDoc('faqs', {
    question: `Unreadable time ${t}?`,
    answer: paragraph(`Answer ${t}.`),
  })
  const editor = await signedIn(browser, 'editor')
  try {
    await editor.goto(adminUrl(`/collections/faqs/${faq.doc.id}`))
    await editor.fill('#field-question', `Unreadable time ${t}, next?`)
    await draftHas(faq.doc.id, { question: `Unreadable time ${t}, next?` })
    await editor.locator('#action-save-popup .popup-button').click()
    await editor.getByRole('button', { name: 'Schedule Publish' }).click()
    await editor.locator('.schedule-publish__type').getByText('Publish', { exact: true }).click()
    const time = editor.locator('#time input')
    for (const typed of ['banana', 'Dec 40 2026 25:99 PM', '13:07']) {
      // As a person does: into the field (its calendar opens), type, Tab away. Filling a
      // field whose calendar has not opened yet leaves the text in view until Save, which
      // then refuses it all the same.
      await time.click()
      await expect(editor.locator('.react-datepicker-popper')).toBeVisible()
      await time.fill(typed)
      await editor.keyboard.press('Tab')
      // Not read as some other time (once, a typed time became midnight): left empty.
      await expect(time).toHaveValue('')
    }
    await editor.locator('#scheduled-publish-save').click()
    await expect(editor.getByText('No date selected')).toBeVisible()
    await editor.screenshot({ path: testInfo.outputPath('unreadable-time.png') })
    await expect(editor.locator('.schedule-publish__upcoming')).toContainText(
      'No upcoming events scheduled.',
    )
  } finally {
    await editor.close()
    await faq.remove()
  }
})

test('a contributor asks for review; the editor compares, sends it back with a comment the contributor reads, then publishes it', async ({
  browser,
}, testInfo) => {
  test.setTimeout(150_000)
  const t = tag()
  const faq = await publishedDoc('faqs', {
    question: `Review ${t}?`,
    answer: paragraph(`Answer ${t}.`),
  })
  const contributor = await signedIn(browser, 'contributor')
  const editor = await signedIn(browser, 'editor')
  try {
    // The contributor edits the published FAQ and says the draft is ready.
    await contributor.goto(adminUrl(`/collections/faqs/${faq.doc.id}`))
    await contributor.fill('#field-question', `Review ${t}, revised?`)
    await draftHas(faq.doc.id, { question: `Review ${t}, revised?` })
    await setReview(contributor, 'Ready for review')
    await draftHas(faq.doc.id, { reviewStatus: 'ready' })
    await expect(contributor.locator('#action-save')).toHaveCount(0)
    // Only an editor sends a draft back, whatever the client.
    const refused = await cms('PATCH', `/faqs/${faq.doc.id}?draft=true`, {
      token: await tokenFor('contributor'),
      body: { reviewStatus: 'sent-back' },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('Only an editor sends a draft back.')
    // Readers never see the review, nor the draft.
    const live = await cms('GET', `/faqs/${faq.doc.id}`)
    expect(live.body.question).toBe(`Review ${t}?`)
    expect(live.body).not.toHaveProperty('reviewStatus')

    // The editor finds it on the dashboard and compares it with the published version.
    const waiting = await attention(editor, 'attention-review')
    await expect(waiting.locator('h3')).toContainText(/: [1-9]/)
    const item = waiting.locator('li', { hasText: `Review ${t}, revised?` })
    await item.getByRole('link', { name: 'Compare with the published version' }).click()
    await editor.waitForURL(/\/versions\/\d+\?versionFrom=\d+/)
    await expect(editor.locator('.render-field-diffs')).toContainText(`Review ${t}?`)
    await expect(editor.locator('.render-field-diffs')).toContainText(`Review ${t}, revised?`)
    // The comparison shows content only (not the review itself), and restore says it publishes.
    await expect(editor.locator('.render-field-diffs')).not.toContainText('Ready for review')
    await expect(editor.getByRole('button', { name: /Restore this version/ })).toContainText(
      'publishes a published one',
    )
    await editor.screenshot({ path: testInfo.outputPath('review-compare.png'), fullPage: true })

    // It goes back with a comment...
    await editor.goto(adminUrl(`/collections/faqs/${faq.doc.id}`))
    await setReview(editor, 'Sent back with a comment')
    await editor.fill('#field-reviewComment', `Name the source ${t}.`)
    await draftHas(faq.doc.id, {
      reviewStatus: 'sent-back',
      reviewComment: `Name the source ${t}.`,
    })
    await expect(
      (await attention(editor, 'attention-review')).getByText(`Review ${t}, revised?`),
    ).toHaveCount(0)

    // ...which the contributor reads on the dashboard and in the document, without editing it.
    await expect(
      (await attention(contributor, 'attention-sent-back')).locator('li', {
        hasText: `Review ${t}, revised?`,
      }),
    ).toContainText(`Name the source ${t}.`)
    await contributor.goto(adminUrl(`/collections/faqs/${faq.doc.id}`))
    await expect(contributor.locator('#field-reviewComment')).toHaveValue(`Name the source ${t}.`)
    await expect(contributor.locator('#field-reviewComment')).toBeDisabled()
    await contributor.screenshot({ path: testInfo.outputPath('review-sent-back.png') })
    await contributor.fill('#field-question', `Review ${t}, sourced?`)
    await draftHas(faq.doc.id, { question: `Review ${t}, sourced?` })
    await setReview(contributor, 'Ready for review')
    await draftHas(faq.doc.id, { reviewStatus: 'ready', reviewComment: `Name the source ${t}.` })

    // The editor publishes it: readers get it, and nothing waits any more.
    await editor.goto(adminUrl(`/collections/faqs/${faq.doc.id}`))
    await expect(editor.locator('#field-question')).toHaveValue(`Review ${t}, sourced?`)
    await saveInAdmin(editor, 'faqs', faq.doc.id) // "Publish changes"
    await expect(editor.locator('.doc-controls__status')).toContainText('Published', {
      timeout: 10_000,
    })
    await expect
      .poll(async () =>
        (await fetch(`${webUrl()}/`).then((r) => r.text())).includes(`Review ${t}, sourced?`),
      )
      .toBe(true)
    const published = await cms('GET', `/faqs/${faq.doc.id}?draft=true&depth=0`, {
      token: await adminToken(),
    })
    expect(published.body).toMatchObject({ _status: 'published', reviewStatus: null })
    await expect(
      (await attention(editor, 'attention-review')).getByText(`Review ${t}, sourced?`),
    ).toHaveCount(0)
  } finally {
    await Promise.all([contributor.close(), editor.close()])
    await faq.remove()
  }
})
