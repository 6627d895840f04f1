import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

import { tokenFor } from './adminUi'
import { adminToken, cms, SHOWN_WITHIN_MS, webUrl } from './helpers'

/**
 * The guide as it read before a change: /changes links an update to the home page as the
 * CMS answers it just before (`asOf`), with a banner saying so; only the record's moments.
 */

const html = async (path: string) => (await fetch(`${webUrl()}${path}`)).text()

test('a band published through the API: /changes links the guide before it, with the old figure and a banner', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const token = await tokenFor('editor')
  const senior = (await cms('GET', '/salary-bands?where[slug][equals]=senior&depth=0')).body.docs[0]
  const publish = (minSalary: number) =>
    cms('PATCH', `/salary-bands/${senior.id}`, {
      token,
      body: { minSalary, _status: 'published' },
    })
  try {
    expect((await publish(219000)).status).toBe(200)
    // The record names the change; its entry links the guide as it read before it.
    let link: string | undefined
    await expect
      .poll(
        async () => {
          const entry = [
            ...(await html('/changes')).matchAll(/<li id="change-\d+"[^>]*>([\s\S]*?)<\/li>/g),
          ]
            .map((m) => m[1]!)
            .find((e) => e.includes('$219k-$270k'))
          link = entry && /<a href="(\/changes\/\d+\/before)"/.exec(entry)?.[1]
          return link
        },
        { timeout: SHOWN_WITHIN_MS },
      )
      .toBeTruthy()
    expect(await html('/')).toContain('<td class="figure">$219k-$270k</td>')

    const problems: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
    })
    page.on('pageerror', (e) => problems.push(e.message))
    await page.setViewportSize({ width: 375, height: 800 })
    const res = await page.goto(link!)
    expect(res?.status()).toBe(200)
    expect(res?.headers()['x-robots-tag']).toBe('noindex')
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex')
    const banner = page.getByRole('complementary', { name: 'An earlier version of the guide' })
    await expect(banner).toContainText('The guide as it read on')
    await expect(banner).toContainText('before Senior: Base salary: $210k-$270k → $219k-$270k')
    await expect(banner.getByRole('link', { name: 'Read the current guide' })).toHaveAttribute(
      'href',
      '/',
    )
    // The old figure, in the table and in the FAQ that quotes the band; never the new one.
    await expect(page.locator('#salaries td.figure').getByText('$210k-$270k')).toHaveCount(1)
    await expect(page.locator('#faq')).toContainText('$210k-$270k+ for senior positions')
    // The new figure only in the banner, which names the change.
    expect(await page.locator('main').innerHTML()).not.toContain('$219k')
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    const axe = await new AxeBuilder({ page }).analyze()
    expect(axe.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([])
    expect(problems).toEqual([])

    // On /changes each such link is named after its own change, not only "The guide before
    // this change" (a screen reader's list of links told them apart by nothing).
    await page.goto('/changes')
    const names = await page
      .locator('p.before a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('aria-label')))
    expect(names.length).toBeGreaterThan(0)
    expect(new Set(names).size).toBe(names.length)
    const changesAxe = await new AxeBuilder({ page }).analyze()
    expect(changesAxe.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([])
    await expect(
      page.getByRole('link', {
        name: 'The guide before this change: Senior: Base salary: $210k-$270k → $219k-$270k,',
      }),
    ).toHaveCount(1)

    // Not in the sitemap; a change the record does not hold is no page.
    expect(await html('/sitemap.xml')).not.toContain('/before')
    for (const path of [
      '/changes/0/before',
      '/changes/abc/before',
      '/changes/-1/before',
      '/changes/1e3/before',
      '/changes/99999999999999999/before',
    ]) {
      expect((await fetch(`${webUrl()}${path}`)).status, path).toBe(404)
    }
  } finally {
    await publish(senior.minSalary)
  }
})

test('a change older than the site\'s copy of the record still shows the guide before it, and "Older changes" on /changes leads to it; a link to a skill deleted since is no dead link there', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000)
  const token = await adminToken()
  const [category] = (await cms('GET', '/tool-categories?limit=1&depth=0')).body.docs
  const name = `Reltool ${Date.now().toString(36)}`
  const made = await cms('POST', '/tools', {
    token,
    body: { name, category: category.id, _status: 'published' },
  })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  const tool = made.body.doc
  const { nextSteps } = (await cms('GET', '/globals/guide-page?depth=0')).body
  const nextStepsWith = (links: unknown[]) =>
    cms('POST', '/globals/guide-page', {
      token,
      body: { nextSteps: { ...nextSteps, links }, _status: 'published' },
    })
  const label = `Learn ${name}`
  const linked = { label, description: 'its page.', url: `/skills/${tool.slug}` }
  let removed = false
  try {
    // The guide links the skill's page; then the link goes: the change whose "before" page
    // is asked for, when the guide read with that link.
    expect((await nextStepsWith([...nextSteps.links, linked])).status).toBe(200)
    expect((await nextStepsWith(nextSteps.links)).status).toBe(200)
    const [change] = (await cms('GET', '/content-changes?limit=1')).body.docs
    expect(change).toMatchObject({ change: 'updated', document: { slug: 'guide-page' } })
    // A hundred changes after it: the site keeps the newest hundred, so it drops out of
    // /changes. Then the skill is deleted (its versions go with it).
    const edit = (skillText: string) =>
      cms('PATCH', `/tools/${tool.id}`, { token, body: { skillText, _status: 'published' } })
    for (let i = 0; i < 100; i++) expect((await edit(`${name} ${i}`)).status).toBe(200)
    expect((await cms('DELETE', `/tools/${tool.id}`, { token })).status).toBe(200)
    removed = true
    await expect
      .poll(async () => (await html('/changes')).includes(`id="change-${change.sequence}"`), {
        timeout: SHOWN_WITHIN_MS * 3,
      })
      .toBe(false)
    await expect
      .poll(async () => (await request.get(`/skills/${tool.slug}`)).status(), {
        timeout: SHOWN_WITHIN_MS,
      })
      .toBe(404)

    const res = await request.get(`/changes/${change.sequence}/before`)
    expect(res.status()).toBe(200)
    const body = await res.text()
    // The link as the guide had it, its words without the address: the page is gone.
    expect(body).toContain(label)
    expect(body).not.toContain(`/skills/${tool.slug}`)
    // Every link on the page answers (a renamed page by its redirect).
    const hrefs = new Set(
      [...body.matchAll(/<a\b[^>]*\shref="([^"#]*)[^"]*"/g)]
        .map((m) => m[1]!.replaceAll('&amp;', '&'))
        .filter((href) => href.startsWith('/') && !href.startsWith('//')),
    )
    expect(hrefs.size).toBeGreaterThan(10)
    for (const href of hrefs) {
      const answer = await request.get(href, { maxRedirects: 0 })
      expect([200, 301], href).toContain(answer.status())
    }
    // The deletion's entry has no moment before it: no page.
    const [deletion] = (await cms('GET', '/content-changes?limit=1')).body.docs
    expect(deletion).toMatchObject({ change: 'deleted', before: null })
    expect((await request.get(`/changes/${deletion.sequence}/before`)).status()).toBe(404)

    await olderPagesLeadTo(page, change.sequence)
  } finally {
    if (!removed) await cms('DELETE', `/tools/${tool.id}`, { token })
    await nextStepsWith(nextSteps.links)
  }
})

/**
 * From /changes, "Older changes" leads page by page to the change `sequence` (out of the
 * site's copy), listed with its "before" link as the first page lists one, and on to the
 * record's oldest entry; "Newer" and "Newest" lead back. Axe clean, no console error; a
 * made-up page number is the site's 404.
 */
async function olderPagesLeadTo(page: Page, sequence: number) {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
  })
  page.on('pageerror', (e) => problems.push(e.message))
  const record = (await cms('GET', '/content-changes?limit=100')).body
  expect(record.totalPages).toBeGreaterThan(1)
  // The site's copy has the newest change, so it counts the pages the record has.
  await expect
    .poll(async () => (await html('/changes')).includes(`id="change-${record.docs[0].sequence}"`), {
      timeout: SHOWN_WITHIN_MS,
    })
    .toBe(true)
  const [oldest] = (await cms('GET', `/content-changes?limit=1&page=${record.totalDocs}`)).body.docs
  await page.goto('/changes')
  const pager = page.locator('p.pager')
  await expect(pager.getByRole('link', { name: 'Newer changes' })).toHaveCount(0)
  let found = false
  for (let n = 2; n <= record.totalPages; n++) {
    await pager.getByRole('link', { name: 'Older changes', exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/changes\\?page=${n}$`))
    await expect(page.locator('p.page-of')).toHaveText(`Page ${n} of ${record.totalPages}`)
    await expect(pager.getByRole('link', { name: 'Newer changes' })).toHaveAttribute(
      'href',
      n === 2 ? '/changes' : `/changes?page=${n - 1}`,
    )
    await expect(pager.getByRole('link', { name: 'Newest changes' })).toHaveCount(n > 2 ? 1 : 0)
    const entry = page.locator(`#change-${sequence}`)
    if ((await entry.count()) === 1) {
      found = true
      await expect(entry.locator('p.before a')).toHaveAttribute(
        'href',
        `/changes/${sequence}/before`,
      )
      const axe = await new AxeBuilder({ page }).analyze()
      expect(axe.violations.map((v) => `${v.id} (${v.nodes.length})`)).toEqual([])
    }
  }
  expect(found).toBe(true)
  // The last page: no older one, and its last entry is the record's oldest.
  await expect(pager.getByRole('link', { name: 'Older changes' })).toHaveCount(0)
  await expect(page.locator('ol.changes > li').last()).toHaveAttribute(
    'id',
    `change-${oldest.sequence}`,
  )
  expect(problems).toEqual([])

  for (const query of ['abc', '-1', '0', '1e3', '9999999999', `${record.totalPages + 1}`]) {
    const res = await fetch(`${webUrl()}/changes?page=${query}`)
    expect(res.status, query).toBe(404)
  }
  expect((await fetch(`${webUrl()}/changes?page=abc&page=2`)).status).toBe(404)
  expect((await fetch(`${webUrl()}/changes?page=1`)).status).toBe(200)
  expect(await (await fetch(`${webUrl()}/sitemap.xml`)).text()).not.toContain('?page=')
}
