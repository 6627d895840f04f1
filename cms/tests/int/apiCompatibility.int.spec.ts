import fs from 'node:fs'
import path from 'node:path'
import { expect, it } from 'vitest'

import { repoRoot } from '@mlops-guide/stack'

import { undeclaredBreaks } from '../../src/api/compatibility/compatibility'
import { api, cmsUrl } from './helpers'

/**
 * Issue 23, point 7: this build's public API documents break no client of the last release
 * (packages/content/api-release) unless its CHANGELOG.md declares the change. A failure lists
 * each change; declare it there (the line as printed, in backticks) or undo it.
 */
it('the OpenAPI document and the GraphQL schema break nothing the API changelog does not declare', async () => {
  const dir = path.join(repoRoot, 'packages/content/api-release')
  const release = {
    openapi: JSON.parse(fs.readFileSync(path.join(dir, 'openapi.json'), 'utf8')),
    graphql: fs.readFileSync(path.join(dir, 'schema.graphql'), 'utf8'),
    changelog: fs.readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8'),
  }
  const openapi = (await api('GET', '/openapi.json')).body
  const graphql = await (await fetch(`${cmsUrl()}/api/graphql/schema.graphql`)).text()
  expect(undeclaredBreaks(release, { openapi, graphql })).toEqual([])
})
