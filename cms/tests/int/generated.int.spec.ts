import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'

import { cmsDir, repoRoot, run } from '@mlops-guide/stack'

const payload = (...args: string[]) =>
  run('payload', path.join(cmsDir, 'node_modules/.bin/payload'), args, {
    cwd: cmsDir,
    env: inject('cmsEnv'),
    quiet: true,
  })

/** Regenerates `file`, restores the committed text, and returns both for comparison. */
async function regenerate(file: string, ...args: string[]) {
  const committed = fs.readFileSync(file, 'utf8')
  try {
    await payload(...args)
    return { committed, regenerated: fs.readFileSync(file, 'utf8') }
  } finally {
    fs.writeFileSync(file, committed)
  }
}

describe('generated files are current with the config', () => {
  it('the content types in packages/content', async () => {
    const file = path.join(repoRoot, 'packages/content/src/payload-types.ts')
    const { committed, regenerated } = await regenerate(file, 'generate:types')
    expect(regenerated, 'run `pnpm --filter @mlops-guide/cms generate:types`').toBe(committed)
  })

  it("the admin's import map", async () => {
    const file = path.join(cmsDir, 'src/app/(payload)/admin/importMap.js')
    const { committed, regenerated } = await regenerate(file, 'generate:importmap')
    expect(regenerated, 'run `pnpm --filter @mlops-guide/cms generate:importmap`').toBe(committed)
  })

  it('the migrations (the schema has no change without a migration)', async () => {
    const dir = path.join(cmsDir, 'src/migrations')
    const before = new Set(fs.readdirSync(dir))
    const index = fs.readFileSync(path.join(dir, 'index.ts'), 'utf8')
    await payload('migrate:create', 'drift-check', '--skip-empty')
    const added = fs.readdirSync(dir).filter((f) => !before.has(f))
    for (const f of added) fs.rmSync(path.join(dir, f))
    fs.writeFileSync(path.join(dir, 'index.ts'), index)
    expect(added, 'run `pnpm --filter @mlops-guide/cms migrate:create <name>`').toEqual([])
  })
})
