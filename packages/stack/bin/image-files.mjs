#!/usr/bin/env node
// `node packages/stack/bin/image-files.mjs <cms|web> <out-dir>`: copies exactly the files an
// app's production image holds into <out-dir>, from that app's build. The Dockerfile's build
// stages run it, and the test suite runs it to start both apps from those folders alone
// (cms/tests/int/imageFiles.int.spec.ts), so what the images hold is tested without Docker.
// Plain JavaScript: it runs in the image build, where nothing else is needed.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const [app, outArg] = process.argv.slice(2)
if (!['cms', 'web'].includes(app) || !outArg) {
  console.error('usage: image-files.mjs <cms|web> <out-dir>')
  process.exit(2)
}
const out = path.resolve(outArg)
const from = (...parts) => path.join(root, app, ...parts)
// Symlinks stay as they are (relative links into node_modules/.pnpm).
const copy = (src, dest) => fs.cpSync(src, dest, { recursive: true, verbatimSymlinks: true })

/** The shared server runtime both server.js files import (plain JavaScript, no build). */
function addServerRuntime(nodeModules) {
  const dest = path.join(nodeModules, '@mlops-guide/server-runtime')
  const pkg = path.join(root, 'packages/server-runtime')
  fs.mkdirSync(dest, { recursive: true })
  fs.copyFileSync(path.join(pkg, 'package.json'), path.join(dest, 'package.json'))
  fs.cpSync(path.join(pkg, 'src'), path.join(dest, 'src'), {
    recursive: true,
    filter: (file) => !file.endsWith('.spec.ts'),
  })
}

fs.rmSync(out, { recursive: true, force: true })
if (app === 'cms') {
  // Next traces what the server needs into .next/standalone (the app under cms/, the
  // packages it loads under node_modules/); the browser assets and the custom server are
  // added as Next's docs say (https://nextjs.org/docs/app/api-reference/config/next-config-js/output).
  copy(from('.next/standalone'), out)
  copy(from('.next/static'), path.join(out, 'cms/.next/static'))
  fs.copyFileSync(from('server.js'), path.join(out, 'cms/server.js'))
  // What server.js takes from Next's internals (plain JavaScript, beside it as in the repo).
  fs.mkdirSync(path.join(out, 'cms/src/framework'), { recursive: true })
  fs.copyFileSync(
    from('src/framework/nextServer.js'),
    path.join(out, 'cms/src/framework/nextServer.js'),
  )
  addServerRuntime(path.join(out, 'cms/node_modules'))
} else {
  // adapter-node bundles everything but the site's dependencies: the server runtime alone.
  fs.mkdirSync(out, { recursive: true })
  copy(from('build'), path.join(out, 'build'))
  fs.rmSync(path.join(out, 'build/source-hash'), { force: true })
  fs.copyFileSync(from('server.js'), path.join(out, 'server.js'))
  fs.copyFileSync(from('package.json'), path.join(out, 'package.json')) // "type": "module"
  addServerRuntime(path.join(out, 'node_modules'))
}
console.log(`[image-files] ${app}: ${out}`)
