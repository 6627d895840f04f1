import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

import { tokenFor } from './adminUi'
import { cms, SHOWN_WITHIN_MS, webUrl } from './helpers'

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
          link = entry && /<a href="(\/changes\/\d+\/before)">/.exec(entry)?.[1]
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

    // Not in the sitemap; a change the record does not hold is no page.
    expect(await html('/sitemap.xml')).not.toContain('/before')
    for (const path of [
      '/changes/0/before',
      '/changes/abc/before',
      '/changes/99999999999999999/before',
    ]) {
      expect((await fetch(`${webUrl()}${path}`)).status, path).toBe(404)
    }
  } finally {
    await publish(senior.minSalary)
  }
})
