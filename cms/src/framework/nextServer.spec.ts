import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ROUTED_METHODS } from '@mlops-guide/server-runtime'
import { afterEach, describe, expect, it } from 'vitest'

import { importFrom, nextDir, sourceOf } from './installed'
import {
  APP_ROUTE_VARY,
  handOverBuiltConfig,
  headerRulesOf,
  STANDALONE_CONFIG_VARIABLE,
} from './nextServer.js'

type LoadConfig = { default: (phase: string, dir: string) => Promise<Record<string, unknown>> }

describe("cms/server.js's hand-off to Next's standalone server", () => {
  const saved = process.env[STANDALONE_CONFIG_VARIABLE]
  afterEach(() => {
    if (saved === undefined) delete process.env[STANDALONE_CONFIG_VARIABLE]
    else process.env[STANDALONE_CONFIG_VARIABLE] = saved
  })

  it("makes Next's config loader return the built configuration as it is", async () => {
    const app = fs.mkdtempSync(path.join(os.tmpdir(), 'framework-next-'))
    // A built config that no next.config file could produce: only the hand-off yields it.
    const config = {
      distDir: '.next',
      marker: 'handed over by cms/server.js',
      output: 'standalone',
    }
    fs.mkdirSync(path.join(app, '.next'))
    fs.writeFileSync(
      path.join(app, '.next/required-server-files.json'),
      JSON.stringify({ version: 1, config }),
    )
    handOverBuiltConfig(app)
    const { default: loadConfig } = await importFrom<LoadConfig>(nextDir(), 'dist/server/config.js')
    expect(await loadConfig('phase-production-server', app)).toEqual(config)
    fs.rmSync(app, { recursive: true })
  })

  it("is what Next's own standalone server.js does, with required-server-files' config", () => {
    const utils = sourceOf(nextDir(), 'dist/build/utils.js')
    expect(utils).toContain(
      `process.env.${STANDALONE_CONFIG_VARIABLE} = JSON.stringify(nextConfig)`,
    )
    // The standalone server's config is the one written to required-server-files.json.
    const build = sourceOf(nextDir(), 'dist/build/index.js')
    expect(build).toMatch(/copyTracedFiles\)\([^;]*requiredServerFiles\.config,/s)
  })
})

describe("what Next adds to an app route's answer, as the fast lane adds it", () => {
  it("names the same Vary headers as Next's setVaryHeader", async () => {
    type BaseServer = {
      default: { prototype: { setVaryHeader: (...args: unknown[]) => void } }
    }
    const { default: Server } = await importFrom<BaseServer>(
      nextDir(),
      'dist/server/base-server.js',
    )
    const appended: string[] = []
    const res = {
      appendHeader: (name: string, value: string) => appended.push(`${name}: ${value}`),
    }
    // An app route that no interception route can match, as every /api route here.
    const server = { pathCouldBeIntercepted: () => false }
    Server.prototype.setVaryHeader.call(server, { headers: {} }, res, true, '/api/faqs')
    expect(appended).toEqual([`vary: ${APP_ROUTE_VARY}`])
  })

  it("applies next.config.ts's headers where Next's routes manifest says they apply", async () => {
    type Generate = {
      generateRoutesManifest: (options: unknown) => {
        routesManifest: Parameters<typeof headerRulesOf>[0]
      }
    }
    const { generateRoutesManifest } = await importFrom<Generate>(
      nextDir(),
      'dist/build/generate-routes-manifest.js',
    )
    const nosniff = { key: 'X-Content-Type-Options', value: 'nosniff' }
    // The shape of next.config.ts's rule (every path), and one that applies to the API only.
    const { routesManifest } = generateRoutesManifest({
      pageKeys: { pages: [], app: [] },
      config: { basePath: '', experimental: {} },
      redirects: [],
      headers: [
        { source: '/:path*', headers: [nosniff] },
        { source: '/api/:path*', headers: [{ key: 'X-Api', value: '1' }] },
      ],
      onMatchHeaders: [],
      rewrites: { beforeFiles: [], afterFiles: [], fallback: [] },
    })
    const on = (pathname: string) =>
      headerRulesOf(routesManifest)
        .filter((rule) => rule.match.test(pathname))
        .flatMap((rule) => rule.headers.map((header) => header.key))
    expect(on('/api/faqs/3')).toEqual(['X-Content-Type-Options', 'X-Api'])
    expect(on('/admin')).toEqual(['X-Content-Type-Options'])
  })

  it("encodes with the compression Next's router server uses", () => {
    const router = sourceOf(nextDir(), 'dist/server/lib/router-server.js')
    expect(router).toContain('require("next/dist/compiled/compression")')
  })

  it("refuses, before Next, exactly the methods Next's app routes cannot answer", async () => {
    const { HTTP_METHODS } = await importFrom<{ HTTP_METHODS: string[] }>(
      nextDir(),
      'dist/server/web/http.js',
    )
    expect(new Set(ROUTED_METHODS)).toEqual(new Set(HTTP_METHODS))
  })
})
