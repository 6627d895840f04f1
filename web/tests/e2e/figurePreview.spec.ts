import { expect, test } from '@playwright/test'

import { adminUrl, openLivePreview, signIn, tokenFor } from './adminUi'
import { cms, webUrl } from './helpers'

/**
 * Issue 22, "see the change before it happens": a band's draft previewed shows its new
 * figure in the FAQ that quotes it and on /salaries, the edit view names every page and API
 * answer publishing will alter, and nothing of the draft reaches readers or the site's cache.
 */

const bySlug = async (collection: string, slug: string) =>
  (await cms('GET', `/${collection}?where[slug][equals]=${slug}&depth=0`)).body.docs[0]

test('an editor changes a band without publishing: the preview’s FAQ quotes the new figure, readers keep the old, and the edit view lists what publishing alters', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(120_000)
  const senior = await bySlug('salary-bands', 'senior')
  const faq = await bySlug('faqs', 'mlops-salaries')
  const draftFigure = '$210k-$293k+' // the pay FAQ quotes the band as "min-max+"
  try {
    await signIn(page, 'editor')
    await page.goto(adminUrl(`/collections/salary-bands/${senior.id}`))

    // The list of what publishing alters: pages (each opens the draft's preview of it) and answers.
    const list = page.locator('.will-change')
    for (const path of ['/', '/salaries', '/changes', `/api/faqs/${faq.id}`]) {
      await expect(list.getByRole('link', { name: path, exact: true })).toBeVisible()
    }
    await expect(list.getByRole('link', { name: `/api/salary-bands/${senior.id}` })).toBeVisible()

    // The preview link, opened once before the change (it must not keep showing that).
    const href = await list.getByRole('link', { name: '/', exact: true }).getAttribute('href')
    expect(href).toMatch(new RegExp(`/preview/salary-bands/${senior.id}\\?token=`))
    expect(await (await fetch(href!)).text()).toContain(`${senior.maxSalary / 1000}k+</span>`)

    const preview = await openLivePreview(page)
    // The autosave that carries the new maximum: the status line may read "saved" before it,
    // and the live preview posts the form to the same address (a GET by override) first.
    const autosaved = page.waitForResponse(
      (res) => {
        const url = new URL(res.url())
        return (
          res.request().method() === 'PATCH' &&
          url.pathname === `/api/salary-bands/${senior.id}` &&
          url.searchParams.get('autosave') === 'true' &&
          (res.request().postData() ?? '').includes('293000')
        )
      },
      { timeout: 30_000 },
    )
    await page.fill('#field-maxSalary', '293000')
    // The live preview, as the editor types: the table and the FAQ that quotes the band.
    await expect(preview.locator(`#${faq.slug} .answer`)).toContainText(draftFigure)
    expect((await autosaved).status()).toBe(200)
    await page
      .locator('.will-change')
      .screenshot({ path: testInfo.outputPath('edit-view-list.png') })

    // The same link again, in a tab of its own: the draft as it is now, read through its token.
    const opened = await context.newPage()
    await opened.goto(href!)
    await expect(opened.locator('.preview-banner')).toBeVisible()
    await expect(opened.locator(`#${faq.slug} .answer`)).toContainText(draftFigure)
    await opened.locator(`#${faq.slug}`).scrollIntoViewIfNeeded()
    await opened.screenshot({ path: testInfo.outputPath('preview-faq.png') })
    await opened.close()

    // The list's /salaries opens that page's preview: the band's row with the new figure.
    const salaries = await list
      .getByRole('link', { name: '/salaries', exact: true })
      .getAttribute('href')
    expect(salaries).toMatch(
      new RegExp(`/preview/salary-bands/${senior.id}\\?token=.+&page=%2Fsalaries$`),
    )
    const onSalaries = await context.newPage()
    await onSalaries.goto(salaries!)
    await expect(onSalaries.locator('.preview-banner')).toBeVisible()
    await expect(onSalaries.locator('#band-senior .figure')).toContainText('$293k')
    await expect(onSalaries.locator('meta[name=robots]')).toHaveAttribute('content', /noindex/)
    await onSalaries.close()

    // Readers, the site's cached guide and the CMS's public answers still have the old one.
    for (const html of [
      await (await fetch(`${webUrl()}/`)).text(),
      await (await fetch(`${webUrl()}/salaries`)).text(),
      JSON.stringify((await cms('GET', `/faqs/${faq.id}`)).body),
      JSON.stringify((await cms('GET', `/faqs?where[slug][equals]=${faq.slug}`)).body),
    ]) {
      expect(html).not.toContain('$293k')
    }
    expect(await (await fetch(`${webUrl()}/`)).text()).toContain(
      `$${senior.minSalary / 1000}k-$${senior.maxSalary / 1000}k+</span> for senior positions`,
    )
  } finally {
    // Restore: the band published as it was, which also supersedes the autosaved draft.
    const token = await tokenFor('editor')
    const restored = await cms('PATCH', `/salary-bands/${senior.id}`, {
      token,
      body: { maxSalary: senior.maxSalary, _status: 'published' },
    })
    expect(restored.status).toBe(200)
  }
})
