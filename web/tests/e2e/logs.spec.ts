import { expect, test } from '@playwright/test'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort, webDir } from '@mlops-guide/stack'

import { stackEnv } from './helpers'

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/

test('the site writes every line, from start to stop, as one JSON object with an ISO time and a level', async () => {
  // The hard case: no CMS to load from and no saved copy, so SvelteKit and the content
  // store have errors and warnings to write besides the request lines.
  const port = await freePort()
  const child = spawn(process.execPath, ['server.js'], {
    cwd: webDir,
    env: {
      ...process.env,
      ...stackEnv(),
      PORT: String(port),
      CMS_INTERNAL_URL: `http://127.0.0.1:${await freePort()}`,
      CONTENT_SNAPSHOT_FILE: path.join(
        fs.mkdtempSync(path.join(os.tmpdir(), 'logs-')),
        'none.json',
      ),
    },
  })
  let output = ''
  child.stdout.on('data', (c) => (output += c))
  child.stderr.on('data', (c) => (output += c))
  await expect.poll(() => output, { timeout: 30_000 }).toMatch(/"msg":"listening"/)
  const base = `http://127.0.0.1:${port}`
  const statuses = []
  for (const url of ['/healthz', '/', '/no-such-page', '/og/home.png', '/robots.txt']) {
    statuses.push((await fetch(`${base}${url}`)).status)
  }
  expect(statuses).toContain(503) // pages without content: the site says so
  child.kill('SIGTERM')
  await new Promise((resolve) => child.on('exit', resolve))

  const lines = output.split('\n').filter((l) => l !== '')
  expect(lines.length).toBeGreaterThan(5)
  const entries = lines.map((line) => {
    let entry: Record<string, unknown> = {}
    expect(() => (entry = JSON.parse(line)), line).not.toThrow()
    expect(entry.time, line).toMatch(ISO)
    expect(['debug', 'info', 'warn', 'error'], line).toContain(entry.level)
    expect(entry.service, line).toBe('web')
    expect(line, 'no colour codes').not.toContain('\u001b[')
    return entry
  })
  // A 5xx is logged as an error, and the content store's complaint is a line of its own.
  const failed = entries.find((e) => e.msg === 'request' && Number(e.status) >= 500)
  expect(failed?.level).toBe('error')
  expect(entries.some((e) => e.msg !== 'request' && e.level !== 'info')).toBe(true)
})
