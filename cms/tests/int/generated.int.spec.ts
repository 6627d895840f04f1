import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'

import { cmsDir, cmsScript, repoRoot } from '@mlops-guide/stack'

const script = (file: string, ...args: string[]) =>
  cmsScript('payload', file, args, inject('cmsEnv'), { quiet: true })

const typesFile = path.join(repoRoot, 'packages/content/src/payload-types.ts')
const importMapFile = path.join(cmsDir, 'src/app/(payload)/admin/importMap.js')

describe('generated files are current with the config', () => {
  it(
    'the content types in packages/content and the admin import map',
    { timeout: 150_000 },
    async () => {
      const committed = [typesFile, importMapFile].map((f) => fs.readFileSync(f, 'utf8'))
      // Proof that the generator really ran: it rewrites the files it generates.
      for (const f of [typesFile, importMapFile]) fs.writeFileSync(f, '// stale\n')
      try {
        await script('src/scripts/generate.ts')
        const regenerated = [typesFile, importMapFile].map((f) => fs.readFileSync(f, 'utf8'))
        expect(regenerated[0], 'run `pnpm --filter @mlops-guide/cms generate`').toBe(committed[0])
        expect(regenerated[1], 'run `pnpm --filter @mlops-guide/cms generate`').toBe(committed[1])
      } finally {
        fs.writeFileSync(typesFile, committed[0]!)
        fs.writeFileSync(importMapFile, committed[1]!)
      }
    },
  )

  it(
    'the migrations (the schema has no change without a migration)',
    { timeout: 150_000 },
    async () => {
      const dir = path.join(cmsDir, 'src/migrations')
      const before = new Set(fs.readdirSync(dir))
      const index = fs.readFileSync(path.join(dir, 'index.ts'), 'utf8')
      await script('src/scripts/createMigration.ts', 'drift-check')
      const added = fs.readdirSync(dir).filter((f) => !before.has(f))
      for (const f of added) fs.rmSync(path.join(dir, f))
      fs.writeFileSync(path.join(dir, 'index.ts'), index)
      expect(added, 'run `pnpm --filter @mlops-guide/cms migrate:create <name>`').toEqual([])
    },
  )
})
