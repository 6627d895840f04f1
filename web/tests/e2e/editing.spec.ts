import { expect, test } from '@playwright/test'

import { adminToken, cms, SHOWN_WITHIN_MS, webUrl } from './helpers'

/** Polls the page until `text` shows (or not); returns the milliseconds it took. */
async function msUntil(path: string, text: string, shown = true): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < SHOWN_WITHIN_MS) {
    const html = await (await fetch(`${webUrl()}${path}`)).text()
    if (html.includes(text) === shown) return Date.now() - started
    await new Promise((r) => setTimeout(r, 25))
  }
  return Infinity
}

test('an FAQ edited through the CMS shows on the site at once', async () => {
  const token = await adminToken()
  const faq = (await cms('GET', '/faqs?limit=1')).body.docs[0]
  const edited = `${faq.question} (updated ${Date.now()})`
  expect(
    (await cms('PATCH', `/faqs/${faq.id}`, { token, body: { question: edited } })).status,
  ).toBe(200)
  expect(await msUntil('/', edited)).toBeLessThan(SHOWN_WITHIN_MS)
  await cms('PATCH', `/faqs/${faq.id}`, { token, body: { question: faq.question } })
  expect(await msUntil('/', edited, false)).toBeLessThan(SHOWN_WITHIN_MS)
})

test('a salary band changed in the CMS changes the table and chart within a second', async () => {
  const token = await adminToken()
  const band = (await cms('GET', '/salary-bands?where[slug][equals]=mid')).body.docs[0]
  await cms('PATCH', `/salary-bands/${band.id}`, { token, body: { maxSalary: 215000 } })
  expect(await msUntil('/', '$160k-$215k')).toBeLessThan(SHOWN_WITHIN_MS)
  await cms('PATCH', `/salary-bands/${band.id}`, { token, body: { maxSalary: band.maxSalary } })
  expect(await msUntil('/', '$160k-$215k', false)).toBeLessThan(SHOWN_WITHIN_MS)
})

test('an unpublished stage disappears from the site, and its page becomes a 404', async () => {
  const token = await adminToken()
  const stage = (await cms('GET', '/career-stages?where[slug][equals]=mlops-engineer')).body.docs[0]
  await cms('PATCH', `/career-stages/${stage.id}`, { token, body: { _status: 'draft' } })
  expect(await msUntil('/', `/career-path/${stage.slug}"`, false)).toBeLessThan(SHOWN_WITHIN_MS)
  expect((await fetch(`${webUrl()}/career-path/${stage.slug}`)).status).toBe(404)
  await cms('PATCH', `/career-stages/${stage.id}`, { token, body: { _status: 'published' } })
  expect(await msUntil('/', `/career-path/${stage.slug}"`)).toBeLessThan(SHOWN_WITHIN_MS)
})

test('a draft change is never shown to readers', async () => {
  const token = await adminToken()
  const faq = (await cms('GET', '/faqs?limit=1')).body.docs[0]
  const draft = `${faq.question} (draft ${Date.now()})`
  const res = await cms('PATCH', `/faqs/${faq.id}?draft=true`, {
    token,
    body: { question: draft, _status: 'draft' },
  })
  expect(res.status).toBe(200)
  await new Promise((r) => setTimeout(r, 500))
  expect(await (await fetch(`${webUrl()}/`)).text()).not.toContain(draft)
  // Publish the original again so later tests see the seeded text.
  await cms('PATCH', `/faqs/${faq.id}`, {
    token,
    body: { question: faq.question, _status: 'published' },
  })
})
