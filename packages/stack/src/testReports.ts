/**
 * What a test runner's JSON report says: its totals, and each failed test by name. Reads
 * vitest's report (numPassedTests, testResults) and Playwright's (stats, nested suites).
 */
import fs from 'node:fs'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'

import { repoRoot } from './paths.ts'

export type Totals = { passed: number; failed: number; skipped: number }

/**
 * A runner's report, read once: vitest's (numPassedTests, testResults) or Playwright's
 * (stats, nested suites). Null when the runner wrote none.
 */
export function readReport(report: string): { totals: Totals; failures: string[] } | null {
  if (!fs.existsSync(report)) return null
  const r = JSON.parse(fs.readFileSync(report, 'utf8')) as Report
  return { totals: totalsOf(r), failures: failuresOf(r) }
}

type VitestReport = {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests?: number
  testResults: {
    name: string
    assertionResults: { status: string; fullName: string; failureMessages: string[] }[]
  }[]
}
type PlaywrightReport = {
  stats: { expected: number; unexpected: number; skipped: number; flaky?: number }
  suites: PlaywrightSuite[]
}
type Report = VitestReport | PlaywrightReport

function totalsOf(r: Report): Totals {
  if ('stats' in r) {
    return {
      passed: r.stats.expected + (r.stats.flaky ?? 0),
      failed: r.stats.unexpected,
      skipped: r.stats.skipped,
    }
  }
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests,
    skipped: r.numPendingTests + (r.numTodoTests ?? 0),
  }
}

type PlaywrightSuite = {
  title: string
  file?: string
  suites?: PlaywrightSuite[]
  specs?: {
    title: string
    line: number
    tests: { status: string; results: { error?: { message?: string } }[] }[]
  }[]
}

/**
 * Each failed test of a report, named with its first error line: the totals' line comes last
 * in CI's output, and only the end of that output may be kept, so the failures are listed
 * right above it, not only somewhere in thousands of lines of progress.
 */
function failuresOf(r: Report): string[] {
  const firstLine = (message = '') =>
    stripVTControlCharacters(message).trim().split('\n')[0]!.slice(0, 300)
  if ('stats' in r) {
    const failed: string[] = []
    const visit = (suite: PlaywrightSuite, file: string) => {
      for (const spec of suite.specs ?? []) {
        for (const test of spec.tests) {
          if (test.status !== 'unexpected') continue
          const error = test.results.at(-1)?.error?.message
          failed.push(`${file}:${spec.line} › ${spec.title}: ${firstLine(error)}`)
        }
      }
      for (const child of suite.suites ?? []) visit(child, child.file ?? file)
    }
    for (const suite of r.suites) visit(suite, suite.file ?? suite.title)
    return failed
  }
  return r.testResults.flatMap((file) =>
    file.assertionResults
      .filter((a) => a.status === 'failed')
      .map(
        (a) =>
          `${path.relative(repoRoot, file.name)} › ${a.fullName}: ${firstLine(a.failureMessages[0])}`,
      ),
  )
}
