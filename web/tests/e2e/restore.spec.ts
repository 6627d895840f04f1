import { expect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { repoRoot } from '@mlops-guide/stack'

import { tokenFor } from './adminUi'
import { cms, cmsUrl, SHOWN_WITHIN_MS, stackEnv, webUrl } from './helpers'

/**
 * `npm run backup` and `npm run restore -- <file> --while-running`, as an operator runs them
 * (the same entry the npm scripts run), against the running stack's database.
 */
function stackCommand(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'packages/stack/bin/bootstrap.mjs'), ...args],
    {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: stackEnv().DATABASE_URL! },
      encoding: 'utf8',
      timeout: 120_000,
    },
  )
  expect(result.status, `${args.join(' ')}: ${result.stdout}${result.stderr}`).toBe(0)
}

/**
 * A GET, tried once more when the connection was closed under it: the restore takes seconds,
 * long enough for a server to close the idle keep-alive connection the next request reuses.
 */
async function get(url: string): Promise<Response> {
  try {
    return await fetch(url)
  } catch {
    return fetch(url)
  }
}

const pageText = async (page: string) => (await get(`${webUrl()}${page}`)).text()
const home = () => pageText('/')

test('a backup restored while the stack runs: the site shows the restored text, never the answer from before the restore', async () => {
  const token = await tokenFor('editor')
  const faq = (await cms('GET', '/faqs?where[slug][equals]=devops-to-mlops&depth=0')).body
    .docs[0] as { id: number; question: string }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'restore-e2e-'))
  const backup = path.join(dir, 'before.dump')
  const changed = `Changed after the backup ${Date.now().toString(36)}?`
  try {
    stackCommand('backup', backup)
    const res = await cms('PATCH', `/faqs/${faq.id}`, {
      token,
      body: { question: changed, _status: 'published' },
    })
    expect(res.status).toBe(200)
    await expect.poll(async () => (await home()).includes(changed)).toBe(true)

    stackCommand('restore', backup, '--while-running')

    // The API answers from the restored database at once (its read cache starts afresh)...
    const now = await (await get(`${cmsUrl()}/api/faqs/${faq.id}?depth=0`)).json()
    expect(now.question).toBe(faq.question)
    // ...and the site, told by the restore's reset event, refetches everything.
    await expect
      .poll(async () => (await home()).includes(faq.question), { timeout: SHOWN_WITHIN_MS })
      .toBe(true)
    // From then on, never the answer from before the restore: no late notice, no cached page.
    for (let i = 0; i < 10; i++) {
      for (const page of ['/', '/changes']) {
        expect(await pageText(page), page).not.toContain(changed)
      }
      await new Promise((r) => setTimeout(r, 200))
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
