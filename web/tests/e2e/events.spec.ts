import { expect, test } from '@playwright/test'

import { tokenFor } from './adminUi'
import { cms, webUrl } from './helpers'

/**
 * The site applies the CMS's content events (cms/src/events) in sequence order: whatever
 * order concurrent publishes commit in, the page ends on the value the CMS holds last.
 */
test('20 rapid publishes of one FAQ, four at a time: the site ends on the last value', async () => {
  const token = await tokenFor('editor')
  const faq = (await cms('GET', '/faqs?where[slug][equals]=mlops-vs-devops&depth=0')).body.docs[0]
  try {
    // Four at a time, as a busy client would send them: they commit in an order of their own.
    const statuses: number[] = []
    for (let take = 1; take <= 20; take += 4) {
      const answers = await Promise.all(
        [0, 1, 2, 3].map((i) =>
          cms('PATCH', `/faqs/${faq.id}`, {
            token,
            body: { question: `MLOps vs DevOps, take ${take + i}?`, _status: 'published' },
          }),
        ),
      )
      statuses.push(...answers.map((a) => a.status))
    }
    expect(statuses).toEqual(Array(20).fill(200))
    const last = (await cms('GET', `/faqs/${faq.id}?depth=0`)).body.question as string
    await expect
      .poll(async () => (await (await fetch(`${webUrl()}/`)).text()).includes(last), {
        timeout: 3000,
      })
      .toBe(true)
    // ...and stays there: no earlier notice arrives late and puts an older value back.
    await new Promise((r) => setTimeout(r, 1000))
    expect(await (await fetch(`${webUrl()}/`)).text()).toContain(last)
  } finally {
    await cms('PATCH', `/faqs/${faq.id}`, {
      token,
      body: { question: faq.question, _status: 'published' },
    })
  }
})
