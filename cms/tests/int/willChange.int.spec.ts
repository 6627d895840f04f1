import { beforeAll, describe, expect, it } from 'vitest'

import { api, cmsUrl, loginAs } from './helpers'
import { publishedSample, seededId } from './samples'

let editor: string

beforeAll(async () => {
  editor = await loginAs('editor')
})

// The edit view as a browser opening it gets it (Payload takes the cookie of a direct
// navigation only); the list is rendered on the server, into this HTML.
const editView = async (collection: string, id: number) => {
  const res = await fetch(`${cmsUrl()}/admin/collections/${collection}/${id}`, {
    headers: { cookie: `payload-token=${editor}`, 'sec-fetch-site': 'none' },
  })
  expect(res.status).toBe(200)
  return res.text()
}

/** The text of the "Publishing changes" list: each link's address, or the pattern shown. */
const listed = (html: string) => {
  const list = html.slice(html.indexOf('Publishing changes'))
  return [
    ...list.matchAll(/<li>(?:<a href="([^"]+)"[^>]*>([^<]+)<\/a>|<code>([^<]+)<\/code>)/g),
  ].map(([, href, text, pattern]) => ({
    href: href?.replaceAll('&amp;', '&'),
    text: text ?? pattern,
  }))
}

describe('the edit view of a band lists what publishing it will alter', () => {
  it('the pages showing it, its stage’s page, the FAQ quoting it and the API answers', async () => {
    const band = await seededId('salary-bands', 'senior', editor)
    const faq = await seededId('faqs', 'mlops-salaries', editor)
    // A stage that shows the band (the seed pairs none), removed after.
    const stage = (await publishedSample(editor, 'career-stages', {
      salaryBand: band,
      salaryBandReason: 'Tested pairing',
    })) as { id: number; slug: string }
    try {
      const items = listed(await editView('salary-bands', band))
      const texts = items.map((i) => i.text)
      for (const path of [
        '/',
        '/salaries',
        `/career-path/${stage.slug}`,
        `/api/salary-bands/${band}`,
        `/api/faqs/${faq}`,
        '/api/faqs',
        '/changes',
      ]) {
        expect(texts).toContain(path)
      }
      // The home page, where the band's draft is previewed, opens the preview; others the site.
      const home = items.find((i) => i.text === '/')!
      expect(home.href).toMatch(new RegExp(`/preview/salary-bands/${band}\\?token=`))
      const salaries = items.find((i) => i.text === '/salaries')!
      expect(salaries.href).toMatch(/^https?:\/\/[^/]+\/salaries$/)
      // Search answers whatever matches a query: never counted.
      expect(texts).not.toContain('/search')
    } finally {
      expect((await api('DELETE', `/career-stages/${stage.id}`, { token: editor })).status).toBe(
        200,
      )
    }
  })

  it('its preview link shows the draft as it is now, however often it is opened (never cached)', async () => {
    const band = await seededId('salary-bands', 'senior', editor)
    const published = (await api('GET', `/salary-bands/${band}?depth=0`)).body
    const home = listed(await editView('salary-bands', band)).find((i) => i.text === '/')!
    const token = new URL(home.href!).searchParams.get('token')!
    const draftOf = async () => {
      const res = await fetch(`${cmsUrl()}/api/preview-draft?token=${encodeURIComponent(token)}`)
      expect(res.headers.get('x-cache')).not.toBe('hit')
      return ((await res.json()) as { doc: { maxSalary: number } }).doc.maxSalary
    }
    expect(await draftOf()).toBe(published.maxSalary)
    const saved = await api('PATCH', `/salary-bands/${band}?draft=true`, {
      token: editor,
      body: { maxSalary: 291000, _status: 'draft' },
    })
    expect(saved.status).toBe(200)
    try {
      expect(await draftOf()).toBe(291000)
      expect(await draftOf()).toBe(291000)
    } finally {
      const restored = await api('PATCH', `/salary-bands/${band}`, {
        token: editor,
        body: { maxSalary: published.maxSalary, _status: 'published' },
      })
      expect(restored.status).toBe(200)
    }
  })
})
