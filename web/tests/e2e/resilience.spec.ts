import { expect, test } from '@playwright/test'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '@mlops-guide/stack'

import { stackEnv, startSite, webUrl } from './helpers'

test('with the CMS stopped, the site keeps serving the guide', async () => {
  const pid = Number(process.env.E2E_CMS_PID)
  process.kill(pid, 'SIGSTOP') // the CMS stops answering (a hung or dead process)
  try {
    const started = Date.now()
    const res = await fetch(`${webUrl()}/`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('Frequently Asked Questions')
    expect(Date.now() - started).toBeLessThan(1000)
    // Every kind of page and its share card, from the last good copy.
    for (const path of ['/career-path/mlops-engineer', '/salaries', '/skills', '/skills/docker']) {
      expect((await fetch(`${webUrl()}${path}`)).status, path).toBe(200)
    }
    const card = await fetch(`${webUrl()}/og/skills/docker.png`)
    expect(card.status).toBe(200)
    expect(card.headers.get('content-type')).toBe('image/png')
  } finally {
    process.kill(pid, 'SIGCONT')
  }
})

/** Starts another site process against a CMS address where nothing listens. */
const siteWithoutCms = async (snapshotFile: string) =>
  startSite({
    CMS_INTERNAL_URL: `http://127.0.0.1:${await freePort()}`,
    CONTENT_SNAPSHOT_FILE: snapshotFile,
  })

test('a site that starts while the CMS is down serves its last good copy from disk', async () => {
  const site = await siteWithoutCms(stackEnv().CONTENT_SNAPSHOT_FILE!)
  try {
    const res = await fetch(`${site.url}/`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('$270k-$380k+')
  } finally {
    await site.stop()
  }
})

test('with neither the CMS nor a saved copy, readers get a friendly 503 page', async () => {
  const missing = path.join(os.tmpdir(), `no-snapshot-${Date.now()}`, 'content.json')
  const site = await siteWithoutCms(missing)
  try {
    const res = await fetch(`${site.url}/`)
    expect(res.status).toBe(503)
    const html = await res.text()
    expect(html).toContain('temporarily unavailable')
    expect(html).not.toMatch(/at \w+ \(|node_modules/)
  } finally {
    await site.stop()
    fs.rmSync(path.dirname(missing), { recursive: true, force: true })
  }
})
