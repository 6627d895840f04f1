import { generate } from '@graphql-codegen/cli'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'

import { repoRoot } from '@mlops-guide/stack'

import { cmsUrl } from './helpers'

/**
 * Issue 23, point 3: the GraphQL schema is published as SDL at a documented address and in
 * the client package, and a standard code generator (graphql-codegen's typescript and
 * typescript-operations plugins) makes types from it that type-check a query's use.
 */
const schemaUrl = () => `${cmsUrl()}/api/graphql/schema.graphql`
const packaged = path.join(repoRoot, 'packages/content/schema.graphql')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'graphql-codegen-'))
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

const QUERY = `query Bands($min: Float) {
  SalaryBands(where: { minSalary: { greater_than: $min } }, sort: "minSalary") {
    docs { level minSalary maxSalary openEnded }
    totalDocs
  }
}
`

/** graphql-codegen run on the published address, as a client project would configure it. */
async function codegen(query: string) {
  fs.writeFileSync(path.join(work, 'query.graphql'), query)
  const out = path.join(work, 'generated.ts')
  await generate(
    {
      schema: schemaUrl(),
      documents: path.join(work, 'query.graphql'),
      generates: { [out]: { plugins: ['typescript', 'typescript-operations'] } },
      silent: true,
    },
    true,
  )
  return out
}

/** TypeScript's own diagnostics for `source` beside the generated types, strict. */
function typeCheck(source: string): string[] {
  const file = path.join(work, 'use.ts')
  fs.writeFileSync(file, source)
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    skipLibCheck: true,
  })
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

const use = (field: string) => `import type { BandsQuery, BandsQueryVariables } from './generated'

export async function bandsAbove(url: string, min: number): Promise<string[]> {
  const variables: BandsQueryVariables = { min }
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query Bands', variables }),
  })
  const { data } = (await res.json()) as { data: BandsQuery }
  return (data.SalaryBands?.docs ?? []).map((band) => \`\${band.level}: \${band.${field}}\`)
}
`

describe('the GraphQL schema as SDL', () => {
  it('is served at /api/graphql/schema.graphql, the same as the file in packages/content', async () => {
    const res = await fetch(schemaUrl())
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/graphql/)
    const sdl = await res.text()
    expect(sdl).toBe(fs.readFileSync(packaged, 'utf8'))
    expect(sdl).toMatch(/^type Query \{/m)
    expect(sdl).toMatch(/^\s+SalaryBands\(/m)
    // The read API only: no writes, no accounts, keys or webhooks, no version history.
    expect(sdl).not.toMatch(/^type Mutation/m)
    for (const hidden of [
      /^\s+Users\(/m,
      /^\s+ApiClients\(/m,
      /^\s+WebhookSubscribers\(/m,
      /^\s+versionsFaqs?\(/m,
    ])
      expect(sdl).not.toMatch(hidden)
  })

  it('graphql-codegen makes types from it that type-check a query’s use, and catch a misspelt field', async () => {
    await codegen(QUERY)
    expect(typeCheck(use('minSalary'))).toEqual([])
    const typo = typeCheck(use('minSalry'))
    expect(typo.join('\n')).toMatch(/minSalry/)
  }, 60_000)

  it('a query the schema does not have fails to generate', async () => {
    await expect(codegen(QUERY.replace('openEnded', 'openEnd'))).rejects.toThrow(/openEnd/)
  }, 60_000)

  it('the query the types were made for runs against /api/graphql and answers in their shape', async () => {
    const res = await fetch(`${cmsUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { min: 200000 } }),
    })
    const body = (await res.json()) as any
    expect(res.status, JSON.stringify(body)).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data.SalaryBands.docs.map((b: any) => b.level)).toEqual([
      'Senior',
      'Staff/Principal',
    ])
  })
})
