import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'

import { cmsDir, cmsScript, repoRoot } from '@mlops-guide/stack'

const script = (file: string, ...args: string[]) =>
  cmsScript('payload', file, args, inject('cmsEnv'), { quiet: true })

const typesFile = path.join(repoRoot, 'packages/content/src/payload-types.ts')
const relationshipsFile = path.join(repoRoot, 'packages/content/src/relationships.ts')
const importMapFile = path.join(cmsDir, 'src/app/(payload)/admin/importMap.js')
const graphqlSchemaFile = path.join(repoRoot, 'packages/content/schema.graphql')

describe('generated files are current with the config', () => {
  it(
    'the content types, relationships and GraphQL schema in packages/content, and the admin import map',
    { timeout: 150_000 },
    async () => {
      const files = [typesFile, relationshipsFile, graphqlSchemaFile, importMapFile]
      const committed = files.map((f) => fs.readFileSync(f, 'utf8'))
      // Proof that the generator really ran: it rewrites the files it generates.
      for (const f of files) fs.writeFileSync(f, '// stale\n')
      try {
        await script('src/scripts/generate.ts')
        files.forEach((file, i) => {
          expect(
            fs.readFileSync(file, 'utf8'),
            `${file}: run \`pnpm --filter @mlops-guide/cms generate\``,
          ).toBe(committed[i])
        })
      } finally {
        files.forEach((file, i) => fs.writeFileSync(file, committed[i]!))
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
