/**
 * `pnpm --filter @mlops-guide/cms exec tsx src/scripts/cutApiRelease.ts <CMS URL>`, at a
 * release: keeps the running CMS's public API documents (/api/openapi.json, without its
 * deployment's server address, and /api/graphql/schema.graphql) in packages/content/api-release,
 * the baseline the compatibility check (tests/int/apiCompatibility.int.spec.ts) compares every
 * later build with. Then empty the changelog's "Since the last release" list.
 */
import fs from 'node:fs'
import path from 'node:path'

import { repoRoot } from '@mlops-guide/stack'

const cms = (process.argv[2] ?? '').replace(/\/+$/, '')
if (!/^https?:\/\//.test(cms)) throw new Error('usage: cutApiRelease.ts <CMS URL>')
const dir = path.join(repoRoot, 'packages/content/api-release')

const read = async (url: string) => {
  const res = await fetch(url)
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`)
  return res.text()
}
// Without `servers`: the address of the deployment it was read from is no part of the API.
const openapi = JSON.parse(await read(`${cms}/api/openapi.json`))
delete openapi.servers
fs.writeFileSync(path.join(dir, 'openapi.json'), `${JSON.stringify(openapi, null, 2)}\n`)
fs.writeFileSync(path.join(dir, 'schema.graphql'), await read(`${cms}/api/graphql/schema.graphql`))
console.log(`API release documents written to ${dir}`)
