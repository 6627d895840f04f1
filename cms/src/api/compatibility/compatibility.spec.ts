import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { type Release, undeclaredBreaks } from './compatibility'

// The released documents as committed (packages/content/api-release), changed on purpose here.
const dir = path.resolve(import.meta.dirname, '../../../../packages/content/api-release')
const release: Release = {
  openapi: JSON.parse(fs.readFileSync(path.join(dir, 'openapi.json'), 'utf8')),
  graphql: fs.readFileSync(path.join(dir, 'schema.graphql'), 'utf8'),
  changelog: '',
}
const copy = () => structuredClone({ openapi: release.openapi, graphql: release.graphql })

describe('the API compatibility check', () => {
  it('passes the release against itself, and an addition', () => {
    const next = copy()
    next.openapi.paths!['/api/new-things'] = { get: { responses: {} } }
    next.graphql = next.graphql.replace(/^type Query \{/m, 'type Query {\n  hello: String')
    expect(undeclaredBreaks(release, next)).toEqual([])
  })

  it('fails a deliberately breaking change to each document, until the changelog declares it', () => {
    const next = copy()
    const paths = next.openapi.paths as Record<string, any>
    delete paths['/api/faqs']
    const limit = paths['/api/salary-bands'].get.parameters.find((p: any) => p.name === 'limit')
    limit.schema.maximum = 50
    const band = next.openapi.components!.schemas!.SalaryBand as any
    delete band.properties.level
    band.properties.minSalary = { type: 'string' }
    next.graphql = next.graphql.replace(/^(type SalaryBand \{[^}]*?)\n {2}maxSalary: Float/m, '$1')

    const found = undeclaredBreaks(release, next)
    expect(found).toEqual(
      expect.arrayContaining([
        'GET /api/faqs removed',
        'GET /api/salary-bands parameter query.limit narrowed (maximum 100 → 50)',
        'GET /api/salary-bands 200 .docs[] .level removed',
        'GET /api/salary-bands 200 .docs[] .minSalary retyped (number → string)',
        'GraphQL SalaryBand.maxSalary was removed.',
      ]),
    )
    const changelog = `## Since the last release\n\n${found.map((f) => `- \`${f}\``).join('\n')}\n`
    expect(undeclaredBreaks({ ...release, changelog }, next)).toEqual([])
  })
})
