import { expect, type Page, type Response } from '@playwright/test'

import { adminToken, cms, stackEnv } from './helpers'

export type Role = 'editor' | 'contributor'

/**
 * The admin at the CMS's public address, as editors open it: its cookies, CSRF origins and
 * the site's frame-ancestors are all set for that origin, not for 127.0.0.1.
 */
export const adminUrl = (path = '') => `${stackEnv().CMS_PUBLIC_URL}/admin${path}`
/** The site at its public address, which preview links point at. */
export const publicSiteUrl = () => stackEnv().WEB_PUBLIC_URL!

/** An account with `role`, made through the API as admin the first time it is asked for. */
export async function ensureUser(role: Role) {
  const email = `${role}@e2e.test`
  const password = `${role}-password-123`
  const token = await adminToken()
  const found = await cms('GET', `/users?where[email][equals]=${encodeURIComponent(email)}`, {
    token,
  })
  if (found.body.totalDocs === 0) {
    const made = await cms('POST', '/users', { token, body: { email, password, roles: [role] } })
    expect(made.status).toBe(201)
  }
  return { email, password }
}

/** An API token for the account with `role`. */
export async function tokenFor(role: Role): Promise<string> {
  const { email, password } = await ensureUser(role)
  return (await cms('POST', '/users/login', { body: { email, password } })).body.token
}

/** Signs in through the admin's own login form. */
export async function signIn(page: Page, role: Role) {
  const { email, password } = await ensureUser(role)
  await page.goto(adminUrl('/login'))
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin$/)
}

/** Opens the admin's live preview beside the form (it stays open once opened). */
export async function openLivePreview(page: Page) {
  const toggle = page.locator('#live-preview-toggler')
  const frame = page.locator('iframe#live-preview-iframe')
  // Retried: a click that lands before the admin has hydrated does nothing.
  await expect(async () => {
    if (!(await frame.isVisible())) await toggle.click()
    await expect(frame).toBeVisible({ timeout: 2000 })
  }).toPass({ timeout: 20_000 })
  return page.frameLocator('iframe#live-preview-iframe')
}

/**
 * Clicks the edit view's main button ("Publish changes" or "Save draft") and waits for the
 * CMS to answer the save. The status line alone cannot tell: on a document already
 * published it reads "Published" before the click is even handled.
 * Returns the moment the answer arrived, from which readers' pages are timed.
 */
export async function saveInAdmin(page: Page, collection: string, id: number | string) {
  // The save is the PATCH: the admin also POSTs to the same address as a GET by override
  // (the live preview's and the form's reads), which answer 200 before anything is saved.
  const isSave = (res: Response) =>
    res.request().method() === 'PATCH' && new URL(res.url()).pathname === `/api/${collection}/${id}`
  // A click before the edit view has hydrated does nothing (CI saw it once, right after a
  // goto): clicked again until the save is seen. A second save of the same form is harmless.
  let res: Response | undefined
  await expect(async () => {
    const answered = page.waitForResponse(isSave, { timeout: 10_000 })
    await page.locator('#action-save').click()
    res = await answered
  }).toPass({ timeout: 40_000 })
  expect(res!.status(), await res!.text()).toBe(200)
  return Date.now()
}

/** A published document made through the API (as admin) for one test, and its cleanup. */
export async function publishedDoc(collection: string, data: Record<string, unknown>) {
  const token = await adminToken()
  const made = await cms('POST', `/${collection}`, {
    token,
    body: { ...data, _status: 'published' },
  })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  return {
    doc: made.body.doc,
    // The test's editor may still have it open in the admin, which locks it (423) until the
    // lock expires: the cleanup overrides the lock, as an admin can.
    remove: async () => {
      const id = made.body.doc.id
      const removed = await cms('DELETE', `/${collection}/${id}?overrideLock=true`, { token })
      expect(removed.status, JSON.stringify(removed.body)).toBe(200)
    },
  }
}

export { paragraph } from '@mlops-guide/stack'
