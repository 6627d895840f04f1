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

/** The text of the "Publishing changes" list: each link's address and text. */
const listed = (html: string) => {
  const list = html.slice(html.indexOf('will-change__pages'), html.indexOf('will-change__api'))
  return [...list.matchAll(/<li><a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(([, href, text]) => ({
    href: href!.replaceAll('&amp;', '&'),
    text: text!,
  }))
}

/** The pages listed on their own, and the routes whose every page is listed (folded under it). */
const listShape = (html: string) => {
  const list = html.slice(html.indexOf('will-change__pages'), html.indexOf('will-change__api'))
  const own = listed(list.replace(/<details>[\s\S]*?<\/details>/g, '')).map((i) => i.text)
  const folded = [...list.matchAll(/<summary><code>([^<]+)<\/code>/g)].map(([, route]) => route!)
  const api = [...html.slice(html.indexOf('will-change__api')).matchAll(/<a href="(\/api[^"]+)"/g)]
  return { own: own.sort(), folded: folded.sort(), api: api.map(([, path]) => path!) }
}

/** Every page of a `[slug]` route: one per published stage or skill. */
const everyPage = async (collection: string, prefix: string) =>
  ((await api('GET', `/${collection}?depth=0&limit=100`)).body.docs as { slug: string }[]).map(
    (d) => `${prefix}${d.slug}`,
  )

describe('the edit view lists exactly the pages and API answers publishing will alter', () => {
  it('a band: the pages showing bands, every stage page (each charts the pay), the FAQ quoting it', async () => {
    const band = await seededId('salary-bands', 'senior', editor)
    const faq = await seededId('faqs', 'mlops-salaries', editor)
    // A stage that shows the band (the seed pairs none), removed after.
    const stage = (await publishedSample(editor, 'career-stages', {
      salaryBand: band,
      salaryBandReason: 'Tested pairing',
    })) as { id: number; slug: string }
    try {
      const html = await editView('salary-bands', band)
      const shape = listShape(html)
      expect(shape.own).toEqual(['/', '/career-path', '/changes', '/salaries'])
      expect(shape.folded).toEqual(['/career-path/[slug]'])
      const items = listed(html)
      const stagePages = await everyPage('career-stages', '/career-path/')
      expect(stagePages).toContain(`/career-path/${stage.slug}`)
      expect(items.map((i) => i.text).sort()).toEqual([...shape.own, ...stagePages].sort())
      expect(shape.api).toEqual(
        expect.arrayContaining([
          `/api/salary-bands/${band}`,
          `/api/faqs/${faq}`,
          '/api/faqs',
          `/api/career-stages/${stage.id}`,
        ]),
      )
      expect(shape.api).not.toContain('/api/tools')
      // Each page opens the draft's preview of it; the record of changes says why it has none.
      for (const item of items) {
        if (item.text === '/changes') {
          expect(item.href).toMatch(/^https?:\/\/[^/]+\/changes$/)
          continue
        }
        const url = new URL(item.href)
        expect(url.pathname).toBe(`/preview/salary-bands/${band}`)
        expect(url.searchParams.get('page')).toBe(item.text)
        expect(url.searchParams.get('token')).toBeTruthy()
      }
      expect(html).toMatch(/\/changes<\/a>(<!-- -->)? \(no preview: gains an entry/)
    } finally {
      expect((await api('DELETE', `/career-stages/${stage.id}`, { token: editor })).status).toBe(
        200,
      )
    }
  })

  for (const [collection, slug, own, folded] of [
    // Every skill page of the tools it names; every stage page charts on the scale it widens.
    [
      'roles',
      'mlops',
      ['/', '/career-path', '/changes', '/salaries'],
      ['/career-path/[slug]', '/skills/[slug]'],
    ],
    // Its own page; every stage page charts the path; skill pages name the stages naming them.
    [
      'career-stages',
      'mlops-engineer',
      ['/', '/career-path', '/career-path/mlops-engineer', '/changes', '/salaries'],
      ['/career-path/[slug]', '/skills/[slug]'],
    ],
    // No figures, so nothing quotes it: its own page, the pages showing tools, its neighbours'.
    [
      'tools',
      'terraform',
      ['/', '/career-path', '/changes', '/learning-path', '/skills', '/skills/terraform'],
      ['/career-path/[slug]', '/skills/[slug]'],
    ],
  ] as const) {
    it(`a document of ${collection}: its pages, each route whose every page shows it, its API answers`, async () => {
      const id = await seededId(collection, slug, editor)
      const shape = listShape(await editView(collection, id))
      expect(shape.own).toEqual(own)
      expect(shape.folded).toEqual(folded)
      expect(shape.api).toEqual(
        expect.arrayContaining([`/api/${collection}/${id}`, `/api/${collection}`]),
      )
    })
  }

  it('a stage whose draft renames it: its page at the new address, none at the published one', async () => {
    const stage = (await publishedSample(editor, 'career-stages', {})) as {
      id: number
      slug: string
    }
    try {
      const renamed = `${stage.slug}-renamed`
      const saved = await api('PATCH', `/career-stages/${stage.id}?draft=true`, {
        token: editor,
        body: { slug: renamed, _status: 'draft' },
      })
      expect(saved.status).toBe(200)
      const html = await editView('career-stages', stage.id)
      const pages = listed(html).map((i) => i.text)
      expect(listShape(html).own).toContain(`/career-path/${renamed}`)
      expect(pages).not.toContain(`/career-path/${stage.slug}`)
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
