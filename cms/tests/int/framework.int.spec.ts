import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { SHARED_WITH_SERVER } from '../../src/framework/sharedModules'

// The build the suite's stack runs (globalSetup builds it when the sources changed).
const serverOutput = path.resolve(import.meta.dirname, '../../.next/server')

const builtFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return builtFiles(file)
    return entry.name.endsWith('.js') ? [file] : []
  })

describe('modules shared by cms/server.js and the Next bundle (framework/sharedModules.ts)', () => {
  const texts = builtFiles(serverOutput).map((file) => fs.readFileSync(file, 'utf8'))

  it.each(SHARED_WITH_SERVER)('leaves $specifier to Node, with no copy in the bundle', (shared) => {
    const escaped = shared.specifier.replace(/[/.]/g, '\\$&')
    const runtimeImport = new RegExp(`import\\((/\\*[^*]*\\*/\\s*)?['"]${escaped}['"]\\)`)
    expect(texts.filter((text) => runtimeImport.test(text)).length).toBeGreaterThan(0)
    // Turbopack names every module it bundles by its path under the project.
    expect(texts.filter((text) => text.includes(`[project]/${shared.source}`))).toEqual([])
  })
})
