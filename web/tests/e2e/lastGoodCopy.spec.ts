import { expect, test } from '@playwright/test'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, waitForHttp, webDir, type Service } from '@mlops-guide/stack'

import { adminToken, cms, PAGE_TYPES, stackEnv } from './helpers'

/**
 * A site process of its own that refreshes its content every second (the safety-net timer a
 * lost change notice relies on) and whose log lines the test reads.
 */
async function refreshingSite() {
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'last-good-'))
  const child = spawn(process.execPath, ['server.js'], {
    cwd: webDir,
    env: {
      ...process.env,
      ...stackEnv(),
      PORT: String(port),
      CONTENT_REFRESH_SECONDS: '1',
      CONTENT_SNAPSHOT_FILE: path.join(dir, 'content.json'),
    },
  })
  const log = { text: '' }
  child.stdout.on('data', (chunk) => (log.text += chunk))
  child.stderr.on('data', (chunk) => (log.text += chunk))
  const service: Service = { name: 'web', child, stop: async () => void child.kill() }
  await waitForHttp(`http://127.0.0.1:${port}/robots.txt`, service)
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    stop: async () => {
      if (child.exitCode === null && child.kill()) await once(child, 'exit')
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

const refusals = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.includes('content not taken'))
    .map((line) => JSON.parse(line) as { level: string; msg: string })

test('an unpublished guide page never replaces the copy the site serves', async () => {
  const token = await adminToken()
  const original = await cms('GET', '/globals/guide-page?depth=0', { token })
  const { title, subtitle } = original.body.hero as { title: string; subtitle: string }
  // The start of the subtitle, before any character the page would escape.
  const shown = subtitle.slice(0, 20)
  const marker = `Republished ${Date.now()}`
  const site = await refreshingSite()
  try {
    expect(await (await fetch(`${site.url}/`)).text()).toContain(shown)

    // An explicit unpublish by an admin: readers of the API now get an empty page.
    const unpublish = await cms('POST', '/globals/guide-page', {
      token,
      body: { _status: 'draft' },
    })
    expect(unpublish.status, JSON.stringify(unpublish.body)).toBe(200)
    expect((await cms('GET', '/globals/guide-page')).body.hero).toBeUndefined()

    // Two refreshes later the site has fetched the unrenderable copy and said so, once per
    // refresh, as an error line naming the reason.
    await expect
      .poll(() => refusals(site.log.text).length, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(2)
    const [line] = refusals(site.log.text)
    expect(line!.level).toBe('error')
    expect(line!.msg).toMatch(/guide page has no published title.*serving the copy from/)

    // Every kind of page still answers 200 from the last good copy.
    for (const page of PAGE_TYPES) {
      const res = await fetch(`${site.url}${page}`)
      expect(res.status, page).toBe(200)
    }
    const home = await (await fetch(`${site.url}/`)).text()
    expect(home).toContain(shown)
  } finally {
    // Republished with a visible change: the site takes new copies again.
    const republish = await cms('POST', '/globals/guide-page', {
      token,
      body: { hero: { title, subtitle: `${subtitle} ${marker}` }, _status: 'published' },
    })
    expect(republish.status, JSON.stringify(republish.body)).toBe(200)
  }
  try {
    await expect
      .poll(async () => (await fetch(`${site.url}/`)).text(), { timeout: 15_000 })
      .toContain(marker)
  } finally {
    const restore = await cms('POST', '/globals/guide-page', {
      token,
      body: { hero: { title, subtitle }, _status: 'published' },
    })
    expect(restore.status, JSON.stringify(restore.body)).toBe(200)
    await site.stop()
  }
})
