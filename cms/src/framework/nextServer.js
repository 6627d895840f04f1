// What cms/server.js (plain JavaScript, run by `node server.js` in the image, no TypeScript)
// takes from Next's internals, in one file: Next documents a custom server, not these.
// image-files.mjs copies this file into the CMS image beside server.js.
// nextServer.spec.ts runs the installed Next and fails when any of it changes.
import fs from 'node:fs'
import path from 'node:path'

// An answer from the fast lane must be the answer Next's route would give, and these are
// what Next adds to every answer of an app route: base-server.js setVaryHeader names the
// router's headers, and router-server.js compresses with its bundled `compression`.
import appRouterHeaders from 'next/dist/client/components/app-router-headers.js'
import compression from 'next/dist/compiled/compression/index.js'

/** The variable Next's standalone server.js hands the built configuration over in. */
export const STANDALONE_CONFIG_VARIABLE = '__NEXT_PRIVATE_STANDALONE_CONFIG'

/**
 * Hands Next the configuration as `next build` resolved it (.next/required-server-files.json),
 * the way the server.js Next generates for `output: 'standalone'` does: Next's config loader
 * then returns it as it is and imports neither next.config.ts nor what it imports, so the
 * image needs only the files Next traced. Without it Next loads build-only modules.
 * @param {string} appDir the folder holding .next
 */
export function handOverBuiltConfig(appDir) {
  const built = path.join(appDir, '.next/required-server-files.json')
  process.env[STANDALONE_CONFIG_VARIABLE] = JSON.stringify(
    JSON.parse(fs.readFileSync(built, 'utf8')).config,
  )
}

/**
 * The `headers()` rules of next.config.ts as `next build` compiled them into
 * .next/routes-manifest.json: a path regex and the headers to set where it matches.
 * @param {string} appDir the folder holding .next
 */
export function configuredHeaderRules(appDir) {
  const manifest = path.join(appDir, '.next/routes-manifest.json')
  return headerRulesOf(JSON.parse(fs.readFileSync(manifest, 'utf8')))
}

/**
 * @param {{ headers: { regex: string, headers: { key: string, value: string }[] }[] }} manifest
 * @returns {{ match: RegExp, headers: { key: string, value: string }[] }[]}
 */
export const headerRulesOf = (manifest) =>
  manifest.headers.map((rule) => ({ match: new RegExp(rule.regex), headers: rule.headers }))

/** The Vary names Next gives every app-route answer, in its order. */
export const APP_ROUTE_VARY = [
  appRouterHeaders.RSC_HEADER,
  appRouterHeaders.NEXT_ROUTER_STATE_TREE_HEADER,
  appRouterHeaders.NEXT_ROUTER_PREFETCH_HEADER,
  appRouterHeaders.NEXT_ROUTER_SEGMENT_PREFETCH_HEADER,
].join(', ')

/** Next's own compression middleware, which encodes its routes' answers. */
export const nextCompression = compression
