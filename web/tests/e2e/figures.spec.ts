import { parseFeed } from '@rowanmanning/feed-parser'
import { expect, test } from '@playwright/test'
import { SaxesParser } from 'saxes'

import { adminUrl, paragraph, publishedDoc, saveInAdmin, signIn, tokenFor } from './adminUi'
import { cms, SHOWN_WITHIN_MS, webUrl } from './helpers'

/**
 * Live figures end to end: a figure element in the prose follows its band; the site's
 * record of changes (/changes, /changes.xml) and the charts' "figures updated" line come
 * from the CMS's content events (/api/content-changes), never from drafts.
 */

const page = async (path: string) => (await fetch(`${webUrl()}${path}`)).text()
/** A page's text as readers read it: no tags. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')

/**
 * Milliseconds until every one of `texts` is on the page at `path`, in its HTML or in its
 * text (a figure is marked up inside a sentence); Infinity after SHOWN_WITHIN_MS.
 */
async function msUntilAll(path: string, texts: string[], since = Date.now()): Promise<number> {
  while (Date.now() - since < SHOWN_WITHIN_MS) {
    const html = await page(path)
    if (texts.every((t) => html.includes(t) || textOf(html).includes(t))) return Date.now() - since
    await new Promise((r) => setTimeout(r, 20))
  }
  return Infinity
}

const bandBySlug = async (slug: string) =>
  (await cms('GET', `/salary-bands?where[slug][equals]=${slug}&depth=0`)).body.docs[0]

test('a band published through the API changes the FAQ that quotes it, the table, the record of changes and its feed', async () => {
  const token = await tokenFor('editor')
  const senior = await bandBySlug('senior')
  try {
    const res = await cms('PATCH', `/salary-bands/${senior.id}`, {
      token,
      body: { minSalary: 217000, _status: 'published' },
    })
    expect(res.status).toBe(200)
    const ms = await msUntilAll('/', [
      'to $217k-$270k+ for senior positions', // the pay FAQ's figure element
      '<td class="figure">$217k-$270k</td>', // the salary table
    ])
    expect(ms).toBeLessThan(SHOWN_WITHIN_MS)

    // A draft and an autosave of the band are never part of the record.
    await cms('PATCH', `/salary-bands/${senior.id}?draft=true`, {
      token,
      body: { minSalary: 233000, _status: 'draft' },
    })
    await cms('PATCH', `/salary-bands/${senior.id}?draft=true&autosave=true`, {
      token,
      body: { minSalary: 244000, _status: 'draft' },
    })
    await new Promise((r) => setTimeout(r, 500))

    const changes = await page('/changes')
    expect(textOf(changes)).toContain('Senior: Base salary: $210k-$270k → $217k-$270k')
    const feedXml = await (await fetch(`${webUrl()}/changes.xml`)).text()
    for (const text of [changes, feedXml, await page('/')]) {
      expect(text).not.toContain('$233k')
      expect(text).not.toContain('$244k')
    }

    const feed = parseFeed(feedXml)
    expect(feed.meta.type).toBe('atom')
    expect(feed.title).toMatch(/^Changes to the guide \| /)
    const [newest] = feed.items
    expect(newest?.title).toBe('Senior: Base salary: $210k-$270k → $217k-$270k')
    expect(newest?.url).toMatch(/\/salaries#band-senior$/)
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length)
    // The feed's date is the newest change, as is the "Figures updated" line of the band chart.
    const iso = newest!.updated!.toISOString()
    expect(feed.updated?.toISOString()).toBe(iso)
    const home = await page('/')
    expect(home).toMatch(new RegExp(`Figures updated <a href="/changes"><time datetime="${iso}">`))
  } finally {
    await cms('PATCH', `/salary-bands/${senior.id}`, {
      token,
      body: { minSalary: senior.minSalary, _status: 'published' },
    })
  }
})

/** The entries of /changes: each `<li id="change-<sequence>" …>`, as readers read it. */
const changeEntries = async () =>
  [...(await page('/changes')).matchAll(/<li id="change-(\d+)"[^>]*>([\s\S]*?)<\/li>/g)].map(
    ([, sequence, html]) => ({ sequence: Number(sequence), text: textOf(html!) }),
  )

test('publishing a band makes one entry on /changes naming the band and the FAQ and any stage paired with it that changed with it; a draft save makes none', async () => {
  const token = await tokenFor('editor')
  const senior = await bandBySlug('senior')
  const stages = (
    await cms('GET', `/career-stages?where[salaryBand][equals]=${senior.id}&depth=0&limit=100`)
  ).body.docs as { title: string }[] // none as seeded: the guide pairs no stage with a band
  const payFaq = (await cms('GET', '/faqs?where[slug][equals]=mlops-salaries&depth=0')).body
    .docs[0] as { question: string }
  const before = await changeEntries()
  try {
    const res = await cms('PATCH', `/salary-bands/${senior.id}`, {
      token,
      body: { maxSalary: 281000, _status: 'published' },
    })
    expect(res.status).toBe(200)
    // The page shows the newest entries: new ones are those above the newest before.
    const newest = Math.max(0, ...before.map((e) => e.sequence))
    const added = async () => (await changeEntries()).filter((e) => e.sequence > newest)
    await expect.poll(async () => (await added()).length, { timeout: SHOWN_WITHIN_MS }).toBe(1)
    const [entry] = await added()
    expect(entry!.text).toContain('Senior: Base salary: $210k-$270k → $210k-$281k')
    // The documents whose answer changed because of it are named in the same entry, not as
    // entries of their own.
    expect(entry!.text).toContain(payFaq.question)
    for (const stage of stages) expect(entry!.text).toContain(stage.title)

    // A draft save changes nothing readers see: no entry.
    const drafted = await cms('PATCH', `/salary-bands/${senior.id}?draft=true`, {
      token,
      body: { maxSalary: 299000, _status: 'draft' },
    })
    expect(drafted.status).toBe(200)
    await new Promise((r) => setTimeout(r, 1500))
    expect(await added()).toEqual([entry])
    expect(await page('/changes')).not.toContain('$299k')
  } finally {
    await cms('PATCH', `/salary-bands/${senior.id}`, {
      token,
      body: { maxSalary: senior.maxSalary, _status: 'published' },
    })
  }
})

/** The XML errors saxes (a conformant parser) finds, and the text of every entry summary. */
function readFeed(xml: string) {
  const errors: string[] = []
  const summaries: string[] = []
  const parser = new SaxesParser({ xmlns: true })
  let text = ''
  parser.on('error', (error) => errors.push(error.message))
  parser.on('opentag', () => (text = ''))
  parser.on('text', (t) => (text += t))
  parser.on('cdata', (t) => (text += t))
  parser.on('closetag', (tag) => void (tag.local === 'summary' && summaries.push(text)))
  parser.write(xml).close()
  return { errors, summaries }
}

test('a source full of markup and XML syntax reaches the feed as text, and the feed stays XML', async () => {
  // Control characters, non-characters and a source over 300 characters never get this far
  // (the CMS refuses them, cms/src/fields/text.ts); what it accepts must still not break or
  // script the feed.
  const source =
    `<img src=x onerror=alert(1)> <script>alert(2)</script> ]]> &bogus; &amp; \u202Eevil\u202C ${'long '.repeat(30)}`.trim()
  const token = await tokenFor('editor')
  const junior = await bandBySlug('junior')
  try {
    const res = await cms('PATCH', `/salary-bands/${junior.id}`, {
      token,
      body: { minSalary: junior.minSalary + 1000, source, _status: 'published' },
    })
    expect(res.status).toBe(200)
    let feed = readFeed('')
    await expect
      .poll(
        async () => {
          feed = readFeed(await page('/changes.xml'))
          return feed.summaries.some((s) => s.includes('onerror'))
        },
        { timeout: 5000 },
      )
      .toBe(true)
    expect(feed.errors).toEqual([])
    const summary = feed.summaries.find((s) => s.includes('onerror'))!
    // type="html" holding escaped text: a reader shows the characters, runs nothing.
    expect(summary).not.toMatch(/<|>/)
    expect(summary).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(summary).toContain(']]&gt; &amp;bogus; &amp;amp;')
  } finally {
    await cms('PATCH', `/salary-bands/${junior.id}`, {
      token,
      body: { minSalary: junior.minSalary, source: junior.source, _status: 'published' },
    })
  }
})

test('an editor inserts a figure into an FAQ from the toolbar, publishes, then changes the band in the admin: both show on the site at once', async ({
  page: admin,
}, testInfo) => {
  const t = Date.now().toString(36)
  const faq = await publishedDoc('faqs', {
    question: `Figure question ${t}?`,
    answer: paragraph(`Answer ${t}.`),
  })
  const mid = await bandBySlug('mid')
  try {
    await signIn(admin, 'editor')
    await admin.goto(adminUrl(`/collections/faqs/${faq.doc.id}`))
    await admin.locator('.rich-text-lexical [contenteditable=true]').click()
    await admin.keyboard.press('ControlOrMeta+End')
    await admin.keyboard.type(' Mid-level pay: ')

    // The toolbar's inline-element menu, then "Figure": a drawer to choose what it quotes.
    await admin.getByRole('button', { name: 'inlineBlocks dropdown' }).click()
    await admin.locator('.toolbar-popup__dropdown-item', { hasText: 'Figure' }).click()
    const drawer = admin.locator('.drawer__content').last()
    await drawer.locator('#field-figure .rs__control').click()
    await admin.keyboard.type('Mid')
    await admin.locator('.rs__option', { hasText: /^Mid$/ }).click()
    await expect(drawer.locator('#field-figure .rs__single-value')).toContainText('Mid')
    // A click while the drawer's form is still processing the choice does nothing: retried.
    await expect(async () => {
      if (await drawer.isVisible())
        await drawer.getByRole('button', { name: 'Save changes' }).click()
      await expect(drawer).toBeHidden({ timeout: 2000 })
    }).toPass({ timeout: 15_000 })
    const chip = admin.locator('.rich-text-lexical .figure-label')
    await expect(chip).toHaveText('$160k-$210k')
    await admin.locator('.fixed-toolbar').screenshot({ path: testInfo.outputPath('toolbar.png') })
    await chip.screenshot({ path: testInfo.outputPath('figure-element.png') })

    let published = await saveInAdmin(admin, 'faqs', faq.doc.id) // "Publish changes"
    await expect(admin.locator('.doc-controls__status')).toContainText('Published')
    const answer = `Answer ${t}. Mid-level pay: $160k-$210k`
    expect(await msUntilAll('/', [answer], published)).toBeLessThan(SHOWN_WITHIN_MS)

    // The band's edit view says where it is quoted before the editor publishes.
    await admin.goto(adminUrl(`/collections/salary-bands/${mid.id}`))
    await expect(admin.locator('.referred-to')).toContainText(`Figure question ${t}?`)
    await admin.locator('#field-maxSalary').fill('216000')
    published = await saveInAdmin(admin, 'salary-bands', mid.id)
    await expect(admin.locator('.doc-controls__status')).toContainText('Published')
    const ms = await msUntilAll(
      '/',
      [`Answer ${t}. Mid-level pay: $160k-$216k`, '<td class="figure">$160k-$216k</td>'],
      published,
    )
    testInfo.annotations.push({ type: 'publish to FAQ and table', description: `${ms} ms` })
    expect(ms).toBeLessThan(SHOWN_WITHIN_MS)
    expect(textOf(await page('/changes'))).toContain('Mid: Base salary: $160k-$210k → $160k-$216k')
  } finally {
    const token = await tokenFor('editor')
    await cms('PATCH', `/salary-bands/${mid.id}`, {
      token,
      body: { maxSalary: mid.maxSalary, _status: 'published' },
    })
    await faq.remove()
  }
})

test('the dashboard lists a typed figure that contradicts the data, linking to its document', async ({
  page: admin,
}, testInfo) => {
  const t = Date.now().toString(36)
  const faq = await publishedDoc('faqs', {
    question: `Typed figure ${t}?`,
    answer: paragraph(`Juniors earn $120k-$175k (${t}).`),
  })
  try {
    await signIn(admin, 'editor')
    const panel = admin.locator('.figure-mismatches')
    await expect(panel).toContainText('Figures in text that disagree with the data')
    const item = panel.locator('li', { hasText: `Typed figure ${t}?` })
    await expect(item).toContainText('$120k-$175k')
    await expect(item).toContainText('$120k-$160k')
    await panel.screenshot({ path: testInfo.outputPath('dashboard-panel.png') })
    await item.getByRole('link').click()
    await expect(admin).toHaveURL(new RegExp(`/collections/faqs/${faq.doc.id}$`))
    // The edit view warns too (it never blocks the save).
    await expect(admin.locator('.figure-warnings')).toContainText('$120k-$175k')
  } finally {
    await faq.remove()
  }
})
