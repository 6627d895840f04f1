/**
 * `npm test`: every test suite of the workspace, one after another, then one plain line
 * of totals, "N passed, N failed", which CI reads (it cannot read vitest's or
 * Playwright's own summaries). Each suite writes a JSON report that is summed here.
 *
 * `npm run test:unit` (`--unit`): only the tests that need no stack (no PostgreSQL, CMS or
 * browser), every package's in one vitest run (vitest.unit.config.ts at the root), in
 * seconds.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { step } from './log.ts'
import { readReport, type Totals } from './testReports.ts'
import { cmsDir, repoRoot, webDir } from './paths.ts'
import { run } from './processes.ts'

type Suite = { name: string; cwd: string; bin: string; args: (report: string) => string[] }

const vitest = (name: string, cwd: string): Suite => ({
  name,
  cwd,
  bin: path.join(cwd, 'node_modules/.bin/vitest'),
  args: (report) => ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
})

const unitOnly = process.argv[2] === '--unit'

// One process for every package's unit tests. The CMS's vitest runs it (the root installs
// none). Files in a worker share the modules it loaded (--no-isolate: about half the CPU of
// a fresh worker per file, which dominated on a busy two-core machine; no unit test keeps
// state between files). Three files at a time: most of their time is waiting (timers, child
// processes); the slow-client tests, whose time bounds a busy machine can break, run after
// the rest (vitest.unit.config.ts).
const unitTests: Suite = {
  ...vitest('unit (every package, no stack)', repoRoot),
  bin: path.join(cmsDir, 'node_modules/.bin/vitest'),
  args: (report) => [
    ...vitest('', repoRoot).args(report),
    '--config=vitest.unit.config.ts',
    '--no-isolate',
    '--maxWorkers=3',
  ],
}

const suites: Suite[] = unitOnly
  ? [unitTests]
  : [
      vitest('content package (unit)', path.join(repoRoot, 'packages/content')),
      vitest('server runtime (unit)', path.join(repoRoot, 'packages/server-runtime')),
      vitest('cms (integration, real PostgreSQL and CMS)', cmsDir),
    ]
if (!unitOnly && fs.existsSync(path.join(webDir, 'vitest.config.ts')))
  suites.push(vitest('site (unit)', webDir))
if (!unitOnly && fs.existsSync(path.join(webDir, 'playwright.config.ts'))) {
  suites.push({
    name: 'site (end-to-end, Chromium)',
    cwd: webDir,
    bin: path.join(webDir, 'node_modules/.bin/playwright'),
    args: () => ['test'],
  })
}

const only = process.argv.slice(unitOnly ? 3 : 2)
const failures: string[] = []
const totals: Totals = { passed: 0, failed: 0, skipped: 0 }
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlops-guide-reports-'))
let broken = 0
for (const suite of suites) {
  if (only.length && !only.some((o) => suite.name.includes(o))) continue
  step(`test suite: ${suite.name}`)
  const report = path.join(reportDir, `${suite.name.replace(/\W+/g, '-')}.json`)
  const env = { PLAYWRIGHT_JSON_OUTPUT_NAME: report, FORCE_COLOR: process.env.CI ? '0' : '1' }
  const exit = await run('test', suite.bin, suite.args(report), { cwd: suite.cwd, env }).then(
    () => 0,
    () => 1,
  )
  const read = readReport(report)
  if (!read) {
    // The runner died before reporting (e.g. its setup failed): count the suite as failed.
    step(`${suite.name}: no report (exit ${exit}); counted as 1 failed`)
    failures.push(`${suite.name}: no report (exit ${exit})`)
    broken++
    continue
  }
  const t = read.totals
  failures.push(...read.failures.map((f) => `${suite.name}: ${f}`))
  if (exit !== 0 && t.failed === 0) {
    broken++ // failed outside any test (setup, teardown)
    failures.push(`${suite.name}: exited ${exit} outside any test (setup or teardown)`)
  }
  totals.passed += t.passed
  totals.failed += t.failed
  totals.skipped += t.skipped
}
fs.rmSync(reportDir, { recursive: true, force: true })
totals.failed += broken
if (failures.length) console.log(`\nfailed:\n${failures.map((f) => `  ${f}`).join('\n')}`)
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(totals.failed > 0 ? 1 : 0)
