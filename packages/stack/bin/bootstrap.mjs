#!/usr/bin/env node
// The root scripts land here with nothing but Node: install the workspace with the pinned
// pnpm (fetched by npx if it is not on PATH), then hand over to the TypeScript CLI.
// Plain JavaScript on purpose: it runs before any dependency (tsx included) exists.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
const pnpmSpec = pkg.packageManager // "pnpm@12.4.2"
const [command = 'start', ...rest] = process.argv.slice(2)

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts })
  if (r.error) throw r.error
  return r.status ?? 1
}

function pnpm(args) {
  const version = spawnSync('pnpm', ['--version'], { encoding: 'utf8' })
  if (version.status === 0 && `pnpm@${version.stdout.trim()}` === pnpmSpec) return sh('pnpm', args)
  return sh('npx', ['--yes', pnpmSpec, ...args])
}

// Install when node_modules is missing or older than the lockfile.
const lock = path.join(root, 'pnpm-lock.yaml')
const marker = path.join(root, 'node_modules/.modules.yaml')
if (!fs.existsSync(marker) || fs.statSync(marker).mtimeMs < fs.statSync(lock).mtimeMs) {
  console.log(`[bootstrap] installing dependencies with ${pnpmSpec}`)
  const status = pnpm(['install', '--frozen-lockfile'])
  if (status !== 0) process.exit(status)
}

const tsx = path.join(root, 'packages/stack/node_modules/.bin/tsx')
const scripts = {
  test: 'packages/stack/src/test.ts',
  check: 'packages/stack/src/check.ts',
  bench: 'bench/site-vs-nginx.ts',
  'bench:scale-out': 'bench/scale-out.ts',
  backup: 'packages/stack/src/backupCli.ts',
  restore: 'packages/stack/src/backupCli.ts',
}
const entry = path.join(root, scripts[command] ?? 'packages/stack/src/cli.ts')
const args =
  scripts[command] && !scripts[command].endsWith('backupCli.ts') ? rest : [command, ...rest]
// Async spawn so that a SIGTERM/SIGINT sent to this process reaches the CLI, which then
// stops the apps and the database cleanly.
const child = spawn(tsx, [entry, ...args], { cwd: root, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
