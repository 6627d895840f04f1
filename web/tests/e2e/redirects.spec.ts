import { expect, test } from '@playwright/test'

import { adminUrl, saveInAdmin, signIn } from './adminUi'
import { adminToken, cms, SHOWN_WITHIN_MS, webUrl } from './helpers'

/**
 * Slugs can change without breaking links (issue 22, point 10), through the real admin: an
 * editor renames a stage's slug and publishes; its old address answers a 301 to the new one,
 * the sitemap names only the new one; the editor deletes the redirect in the admin and the
 * old address is a 404. The stage's slug is put back afterwards (other tests read it).
 */
const site = (path: string) => fetch(`${webUrl()}${path}`, { redirect: 'manual' })

test("an editor's slug rename keeps the old address as a 301 until the editor deletes its redirect", async ({
  page,
}) => {
  test.setTimeout(120_000)
  const stage = (await cms('GET', '/career-stages?limit=1&depth=0')).body.docs[0] as {
    id: number
    slug: string
  }
  const renamed = `${stage.slug}-renamed`
  const [oldPath, newPath] = [`/career-path/${stage.slug}`, `/career-path/${renamed}`]
  try {
    await signIn(page, 'editor')
    await page.goto(adminUrl(`/collections/career-stages/${stage.id}`))
    // Payload's slug field is locked against edits until unlocked.
    await page.locator('#field-slug-lock').click()
    await page.locator('#field-slug').fill(renamed)
    await saveInAdmin(page, 'career-stages', stage.id) // "Publish changes"

    await expect
      .poll(async () => (await site(newPath)).status, { timeout: SHOWN_WITHIN_MS })
      .toBe(200)
    const old = await site(oldPath)
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toBe(newPath)
    const sitemap = await (await site('/sitemap.xml')).text()
    expect(sitemap).toContain(`${newPath}</loc>`)
    expect(sitemap).not.toContain(`${oldPath}</loc>`)

    // The editor finds the redirect in the admin's list and deletes it.
    await page.goto(adminUrl('/collections/redirects'))
    await expect(page.locator('.row-1 .cell-leadsTo')).toHaveText(newPath)
    await page.getByRole('link', { name: oldPath, exact: true }).click()
    await expect(page.locator('#field-from')).toHaveValue(oldPath)
    await page.locator('.doc-controls__dots').click()
    await page.locator('#action-delete').click()
    const deleted = page.waitForResponse(
      (res) => res.request().method() === 'DELETE' && res.url().includes('/api/redirects/'),
    )
    await page.locator('#confirm-action').click()
    expect((await deleted).status()).toBe(200)
    expect((await site(oldPath)).status).toBe(404)
    expect((await site(newPath)).status).toBe(200)
  } finally {
    // As seeded: the old slug back (the admin's lock on the document overridden), and no
    // redirect left from either address.
    const token = await adminToken()
    const back = await cms('PATCH', `/career-stages/${stage.id}?overrideLock=true`, {
      token,
      body: { slug: stage.slug, _status: 'published' },
    })
    expect(back.status, JSON.stringify(back.body)).toBe(200)
    const left = await cms('GET', `/redirects?where[from][in]=${oldPath},${newPath}`)
    for (const { id } of left.body.docs) await cms('DELETE', `/redirects/${id}`, { token })
  }
})
