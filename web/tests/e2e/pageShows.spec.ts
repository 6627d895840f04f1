import { expect, test } from '@playwright/test'
import { NOT_PREVIEWED } from '@mlops-guide/content/preview'
import { matchSitePath, SITE_ROUTES, type SiteRoute } from '@mlops-guide/content/site-routes'

import { adminUrl, tokenFor } from './adminUi'
import { cms, webUrl } from './helpers'

/**
 * Issue 22, "lists every page it will change": for a document of every guide collection and
 * both globals, a displayed field changed as a draft, every page of the site rendered through
 * the draft's preview before and after, and the pages whose content changed must be exactly
 * the previewable pages the edit view's "Publishing changes" lists (PAGE_SHOWS, the documents
 * that show this one, willChange.ts): a page listed that does not change, or one that changes
 * unlisted, fails. The record of changes has no preview (it gains the entry on publishing).
 */

type Doc = Record<string, any>
type Case = {
  name: string
  /** Where the document lives in the REST API (saved with `method`) and the admin. */
  api: string
  method: 'PATCH' | 'POST'
  admin: string
  /** The fields the draft changes, from the published document. */
  change: (doc: Doc) => Doc
}

const suffix = (text: string) => `${text} draft`
/** Every string of a group of words changed (a settings group of one page). */
const changedWords = (group: Doc): Doc =>
  Object.fromEntries(
    Object.entries(group).map(([k, v]) => [k, typeof v === 'string' && k !== 'id' ? suffix(v) : v]),
  )

const bySlug = async (collection: string, slug?: string) => {
  const where = slug ? `where[slug][equals]=${slug}&` : ''
  const doc = (await cms('GET', `/${collection}?${where}depth=0&limit=1`)).body.docs[0]
  return {
    api: `/${collection}/${doc.id}`,
    method: 'PATCH' as const,
    admin: `/collections/${collection}/${doc.id}`,
  }
}
const collectionCase = async (
  collection: string,
  slug: string | undefined,
  change: Case['change'],
): Promise<Case> => ({
  name: `${collection} ${slug ?? ''}`,
  ...(await bySlug(collection, slug)),
  change,
})
const globalCase = (global: string, change: Case['change']): Case => ({
  name: global,
  api: `/globals/${global}`,
  method: 'POST',
  admin: `/globals/${global}`,
  change,
})

const cases = async (): Promise<Case[]> => [
  await collectionCase('salary-bands', 'senior', (d) => ({ maxSalary: d.maxSalary + 13_000 })),
  // A top salary past every band's widens the scale every salary chart shares.
  await collectionCase('roles', 'devops', (d) => ({ name: suffix(d.name), maxSalary: 600_000 })),
  await collectionCase('career-stages', 'mlops-engineer', (d) => ({ title: suffix(d.title) })),
  await collectionCase('tools', 'terraform', (d) => ({ name: suffix(d.name) })),
  await collectionCase('tool-categories', 'programming', (d) => ({ title: suffix(d.title) })),
  // An answer for two stages and the learning path's: on every page that shows FAQs.
  await collectionCase('faqs', 'devops-to-mlops', (d) => ({ question: suffix(d.question) })),
  await collectionCase('companies', undefined, (d) => ({ name: suffix(d.name) })),
  await collectionCase('company-groups', 'tech', (d) => ({ title: suffix(d.title) })),
  globalCase('guide-page', (d) => ({ hero: { ...d.hero, title: suffix(d.hero.title) } })),
  globalCase('site-settings', (d) =>
    Object.fromEntries(
      Object.entries(d)
        .filter(([k]) => k.endsWith('Page'))
        .map(([k, group]) => [k, changedWords(group)]),
    ),
  ),
]

/** Every page a preview can show: the shared pages and each stage's and skill's. */
async function everyPage(): Promise<string[]> {
  const pages: string[] = []
  for (const [route, collection] of Object.entries(SITE_ROUTES) as [SiteRoute, string | null][]) {
    if (route in NOT_PREVIEWED) continue
    if (!collection) pages.push(route)
    else {
      const { docs } = (await cms('GET', `/${collection}?depth=0&limit=100`)).body
      for (const doc of docs) pages.push(route.replace('[slug]', doc.slug))
    }
  }
  return pages
}

/**
 * What "Publishing changes" lists in the edit view: each page with where it links, and the
 * `[slug]` routes whose every page it lists (folded under the route).
 */
async function listed(editor: string, admin: string) {
  const res = await fetch(adminUrl(admin), {
    headers: { cookie: `payload-token=${editor}`, 'sec-fetch-site': 'none' },
  })
  expect(res.status).toBe(200)
  const html = await res.text()
  const list = html.slice(html.indexOf('will-change__pages'), html.indexOf('will-change__api'))
  const links = [...list.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)]
  return {
    pages: new Map(links.map(([, href, path]) => [path!, href!.replaceAll('&amp;', '&')])),
    folded: new Set([...list.matchAll(/<summary><code>([^<]+)<\/code>/g)].map(([, r]) => r!)),
    /** Pages listed on their own, not as one of every page of a route. */
    own: new Set(
      [
        ...list
          .replace(/<details>[\s\S]*?<\/details>/g, '')
          .matchAll(/<a href="[^"]+"[^>]*>([^<]+)<\/a>/g),
      ].map(([, path]) => path!),
    ),
  }
}

/** A page's content (its <main>) as a preview link shows it. */
const mainOf = async (href: string) => {
  const res = await fetch(href)
  expect(res.status, href).toBe(200)
  return (await res.text()).match(/<main[\s\S]*<\/main>/)?.[0] ?? ''
}

/** Every page through one preview token (the token names the draft; `page` the page). */
async function renderAll(previewHref: string, pages: string[]) {
  const rendered = new Map<string, string>()
  for (const path of pages) {
    const url = new URL(previewHref)
    url.searchParams.set('page', path)
    rendered.set(path, await mainOf(url.href))
  }
  return rendered
}

test('a draft of any document changes exactly the pages its edit view lists, each seen in its preview', async () => {
  test.setTimeout(600_000)
  const editor = await tokenFor('editor')
  const pages = await everyPage()
  const restore: (() => Promise<unknown>)[] = []
  try {
    for (const c of await cases()) {
      const published = (await cms('GET', `${c.api}?depth=0`, { token: editor })).body
      const list = await listed(editor, c.admin)
      const previewLink = [...list.pages.values()].find((href) => href.includes('/preview/'))!
      const unpreviewed = [...list.pages].filter(([, href]) => !href.includes('/preview/'))
      expect
        .soft(
          unpreviewed.map(([path]) => path),
          c.name,
        )
        .toEqual(['/changes'])
      const before = await renderAll(previewLink, pages)

      const change = c.change(published)
      const original = Object.fromEntries(Object.keys(change).map((k) => [k, published[k]]))
      restore.push(() =>
        cms(c.method, c.api, { token: editor, body: { ...original, _status: 'published' } }),
      )
      const saved = await cms(c.method, `${c.api}?draft=true`, {
        token: editor,
        body: { ...change, _status: 'draft' },
      })
      expect(saved.status, c.name).toBe(200)

      const after = await renderAll(previewLink, pages)
      // A changed page as the list names it: itself, or the route it is one of every page of.
      const named = (path: string) => {
        const route = matchSitePath(path)!.route
        return list.folded.has(route) && !list.own.has(path) ? route : path
      }
      const changed = new Set(pages.filter((p) => before.get(p) !== after.get(p)).map(named))
      const expected = new Set([...list.own, ...list.folded].filter((p) => p !== '/changes'))
      expect.soft([...changed].sort(), c.name).toEqual([...expected].sort())
    }
  } finally {
    for (const undo of restore)
      expect((await undo()) as { status: number }).toMatchObject({ status: 200 })
  }
})

test('a preview shows each page as readers get it while the draft is the published document, privately, and nothing without its token', async () => {
  const editor = await tokenFor('editor')
  const band = await bySlug('salary-bands', 'senior')
  const href = (await listed(editor, band.admin)).pages.get('/salaries')!
  expect(href).toMatch(/\/preview\/salary-bands\/\d+\?token=[^&]+&page=%2Fsalaries$/)
  for (const path of await everyPage()) {
    const url = new URL(href)
    url.searchParams.set('page', path)
    expect(await mainOf(url.href), path).toBe(await mainOf(`${webUrl()}${path}`))
  }
  // Never kept by a cache, never indexed; without its token the address shows the published page.
  const preview = await fetch(href)
  expect(preview.headers.get('cache-control')).toBe('private, no-store')
  expect(await preview.text()).toContain('<meta name="robots" content="noindex, nofollow"')
  const url = new URL(href)
  url.searchParams.delete('token')
  const untokened = await fetch(url, { redirect: 'manual' })
  expect(untokened.status).toBe(303)
  expect(untokened.headers.get('location')).toBe('/salaries')
})
