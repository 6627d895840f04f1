import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium, type Browser } from 'playwright-core'

/**
 * Debian's Chromium, as the e2e tests run it (Playwright cannot download browsers here), at
 * the lower CPU priority `nice` (0 to 19): an editor's browser runs on the editor's computer,
 * but here it shares the cores of the CMS and the site it is measuring.
 */
export async function launchChromium(nice: number): Promise<Browser> {
  const binary = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'))
  const wrapper = path.join(dir, 'chromium')
  const script = `#!/bin/sh\nexec nice -n ${nice} ${JSON.stringify(binary)} "$@"\n`
  fs.writeFileSync(wrapper, script, { mode: 0o755 })
  // Needed only to start it: the browser is the `nice` process itself once it runs.
  return chromium
    .launch({
      executablePath: wrapper,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    .finally(() => fs.rmSync(dir, { recursive: true, force: true }))
}

/** A request the admin made: when it started (epoch ms) and how long until its answer ended. */
export type AdminRequest = { method: string; path: string; startedAt: number; ms: number }

/**
 * An editor at work in the admin, through its real pages and clicks. It opens the admin at the
 * CMS's public address: the session cookie and CSRF origins are set for that origin only.
 */
export async function adminEditor(
  browser: Browser,
  cmsPublicUrl: string,
  login: { email: string; password: string },
) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
  await page.goto(`${cmsPublicUrl}/admin/login`)
  await page.fill('#field-email', login.email)
  await page.fill('#field-password', login.password)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin$/)

  // The admin's API calls and server actions (POSTs to its pages), timed by the browser, so
  // a slow publish can be told apart from what the admin does around it.
  let requests: AdminRequest[] = []
  page.on('requestfinished', (req) => {
    if (!req.url().includes('/api/') && req.method() === 'GET') return
    const url = new URL(req.url())
    const { startTime, responseEnd } = req.timing()
    requests.push({
      method: req.method(),
      path: url.pathname + url.search,
      startedAt: startTime,
      ms: responseEnd,
    })
  })

  return {
    /**
     * Opens the FAQ's edit page and types `question` over its question, as an editor does.
     * Resolves once the form has taken the change (Publish is enabled only for a modified,
     * initialised form that is not autosaving), so the click that follows publishes it.
     */
    async typeQuestion(faqId: number, question: string) {
      await page.goto(`${cmsPublicUrl}/admin/collections/faqs/${faqId}`)
      const field = page.locator('#field-question')
      // Retried: keys typed before the admin has hydrated are lost on hydration.
      for (let attempt = 1; ; attempt++) {
        await field.click()
        await page.keyboard.press('ControlOrMeta+A')
        await field.pressSequentially(question)
        try {
          await page.locator('#action-save:not([disabled])').waitFor({ timeout: 5000 })
          if ((await field.inputValue()) === question) return
        } catch (error) {
          if (attempt === 3) throw error
        }
      }
    },
    /**
     * Clicks "Publish changes". Returns when the button got the click, by the page's clock
     * (epoch ms, the same clock as this process's: Playwright's click returns only after its
     * own checks and the page's handling), and the publish request's status, which comes later.
     */
    async clickPublish(faqId: number) {
      requests = []
      const answer = page.waitForResponse(
        (res) =>
          res.request().method() === 'PATCH' &&
          res.url().includes(`/api/faqs/${faqId}?`) &&
          !res.url().includes('draft=true'),
        { timeout: 10_000 },
      )
      // Stamped in the capture phase at the window, before any of the admin's handlers.
      await page.evaluate(() => {
        const stamp = (event: Event) => {
          if (!(event.target as Element).closest('#action-save')) return
          document.body.dataset.clickedAt = String(Date.now())
          window.removeEventListener('click', stamp, true)
        }
        window.addEventListener('click', stamp, true)
      })
      await page.click('#action-save')
      const clickedAt = Number(await page.locator('body').getAttribute('data-clicked-at'))
      return { clickedAt, status: answer.then((res) => res.status()) }
    },
    /**
     * Leaves the edit page (an open one holds the document's lock and may autosave later)
     * and returns the requests the admin made since the click.
     */
    async leave(): Promise<AdminRequest[]> {
      await page.goto(`${cmsPublicUrl}/admin`)
      return requests
    },
  }
}
