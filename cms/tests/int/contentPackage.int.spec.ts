import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cmsDir, repoRoot } from '@mlops-guide/stack'

import { api, cmsUrl } from './helpers'

/**
 * The content client as another team's app gets it: packed (pnpm pack, as it would be
 * published), installed from the tarball into a project outside the workspace, type-checked
 * there with TypeScript, and run against the running CMS.
 */
const tsc = path.join(cmsDir, 'node_modules/.bin/tsc')

const PROGRAM = `import { createContentClient, formatSalaryRange } from '@mlops-guide/content'
import type { SalaryBand } from '@mlops-guide/content/types'
import { previewPath } from '@mlops-guide/content/preview'

const client = createContentClient({ baseUrl: process.argv[2]! })
const bands: SalaryBand[] = (await client.salaryBands.find({ sort: 'minSalary', depth: 0 })).docs
const page = await client.guidePage.get()
const faqs = await client.faqs.count()
console.log(
  JSON.stringify({
    title: page.hero.title,
    bands: bands.map((band) => [band.level, formatSalaryRange(band)]),
    faqs: faqs.totalDocs,
    preview: previewPath({ collection: 'faqs', id: 1 }),
  }),
)
`

// Wrong on purpose: a band's level is a string, and there is no such collection.
const WRONG = `import { createContentClient } from '@mlops-guide/content'

const client = createContentClient({ baseUrl: 'http://localhost' })
const level: number = (await client.salaryBands.find()).docs[0]!.level
await client.find('not-a-collection')
console.log(level)
`

/**
 * Field names are checked by the types: each misspelt or unknown name below must be a
 * compile error (an unused @ts-expect-error is one too), and the right names compile.
 */
const FIELD_NAMES = `import { createContentClient } from '@mlops-guide/content'

const client = createContentClient({ baseUrl: 'http://localhost', apiKey: undefined })
await client.salaryBands.find({
  where: { minSalary: { greater_than: 1 }, currency: { equals: 'USD' } },
  sort: ['-minSalary', 'level'],
  select: { level: true },
})
// @ts-expect-error minSalry is no field of a band
await client.salaryBands.find({ where: { minSalry: { greater_than: 1 } } })
// @ts-expect-error nor in an or-clause
await client.salaryBands.find({ where: { or: [{ minSalry: { equals: 1 } }] } })
// @ts-expect-error a sort by no field
await client.salaryBands.find({ sort: '-minSalry' })
// @ts-expect-error a select of no field
await client.faqs.findById(1, { select: { answerHTML: true } })
// @ts-expect-error asOf is a time
await client.faqs.find({ asOf: 1 })
`

/** The \`\`\`ts run examples of the package's README, as a reader copies them. */
const README_EXAMPLES = [
  ...fs
    .readFileSync(path.join(repoRoot, 'packages/content/README.md'), 'utf8')
    .matchAll(/^```ts run\n([\s\S]*?)^```$/gm),
].map((m) => m[1]!)
/** The origin the README's examples name, replaced by the test CMS's when they run. */
const EXAMPLE_ORIGIN = 'https://cms.example.com'

describe('the content client, installed by another app', () => {
  let app: string
  beforeAll(() => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-client-'))
    const packed = execFileSync('pnpm', ['pack', '--pack-destination', work], {
      cwd: path.join(repoRoot, 'packages/content'),
      encoding: 'utf8',
    })
    const tarball = packed.trim().split('\n').pop()!.trim()
    app = path.join(work, 'app')
    fs.mkdirSync(app)
    fs.writeFileSync(
      path.join(app, 'package.json'),
      JSON.stringify({ private: true, type: 'module' }, null, 2),
    )
    fs.writeFileSync(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noEmit: true,
          allowImportingTsExtensions: true,
          // The strictest setting a client app may use: options must not need \`?: T\` only.
          exactOptionalPropertyTypes: true,
          types: [],
          lib: ['ES2022', 'DOM'],
        },
      }),
    )
    fs.writeFileSync(path.join(app, 'main.ts'), PROGRAM)
    fs.writeFileSync(path.join(app, 'fieldNames.ts'), FIELD_NAMES)
    README_EXAMPLES.forEach((example, i) =>
      fs.writeFileSync(path.join(app, `readme${i}.ts`), example),
    )
    // The process global the programs read; the app needs no @types/node for anything else.
    fs.writeFileSync(
      path.join(app, 'globals.d.ts'),
      'declare const process: { argv: string[]; env: Record<string, string | undefined> }\n',
    )
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], {
      cwd: app,
    })
  }, 120_000)
  afterAll(() => fs.rmSync(path.dirname(app), { recursive: true, force: true }))

  it('ships ESM and type declarations only', () => {
    const installed = path.join(app, 'node_modules/@mlops-guide/content')
    const files = fs.readdirSync(path.join(installed, 'dist'))
    expect(files).toContain('index.js')
    expect(files).toContain('index.d.ts')
    expect(fs.existsSync(path.join(installed, 'src'))).toBe(false)
  })

  it('type-checks a program that uses it, and refuses one that misuses it', () => {
    const good = spawnSync(tsc, ['-p', '.', '--pretty', 'false'], { cwd: app, encoding: 'utf8' })
    expect(good.stdout + good.stderr).toBe('')
    expect(good.status).toBe(0)

    fs.writeFileSync(path.join(app, 'wrong.ts'), WRONG)
    try {
      const bad = spawnSync(tsc, ['-p', '.', '--pretty', 'false'], { cwd: app, encoding: 'utf8' })
      expect(bad.status).not.toBe(0)
      expect(bad.stdout).toMatch(/wrong\.ts\(4,7\).*not assignable to type 'number'/)
      expect(bad.stdout).toMatch(/wrong\.ts\(5,\d+\).*not-a-collection/)
    } finally {
      fs.rmSync(path.join(app, 'wrong.ts'))
    }
  })

  it('runs against the CMS and reads the guide as the API serves it', async () => {
    const run = spawnSync(process.execPath, ['main.ts', cmsUrl()], { cwd: app, encoding: 'utf8' })
    expect(run.stderr).toBe('')
    const out = JSON.parse(run.stdout)
    const page = (await api('GET', '/globals/guide-page')).body
    const bands = (await api('GET', '/salary-bands?sort=minSalary&depth=0')).body.docs
    expect(out.title).toBe(page.hero.title)
    expect(out.bands).toEqual(
      bands.map((b: any) => [b.level, expect.stringMatching(/^\$\d+k-\$\d+k\+?$/)]),
    )
    expect(out.bands[0]).toEqual(['Junior', '$120k-$160k'])
    expect(out.faqs).toBe((await api('GET', '/faqs/count')).body.totalDocs)
    expect(out.preview).toBe('/preview/faqs/1')
  })

  it('runs every example of its README against the CMS and prints what the comments say', () => {
    expect(README_EXAMPLES.length).toBeGreaterThan(0)
    README_EXAMPLES.forEach((example, i) => {
      // Compiled with the app above (its tsconfig includes every file); run as the reader would.
      const file = path.join(app, `readme${i}.ts`)
      fs.writeFileSync(file, example.replaceAll(EXAMPLE_ORIGIN, cmsUrl()))
      const run = spawnSync(process.execPath, [file], { cwd: app, encoding: 'utf8' })
      expect(run.stderr, `README example ${i}`).toBe('')
      const printed = run.stdout.split('\n')
      const promised = [...example.matchAll(/console\.log\(.*\/\/ (.+)$/gm)].map((m) => m[1]!)
      expect(promised.length, `README example ${i} says what it prints`).toBeGreaterThan(0)
      for (const line of promised) expect(printed, `README example ${i}`).toContain(line)
    })
  })
})
