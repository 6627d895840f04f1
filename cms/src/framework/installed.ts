import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * For the tests of this folder: files of the framework packages as installed, so each test
 * runs (or reads) the very code an upgrade replaces. Packages are found the way the CMS
 * finds them at run time (node resolution from cms/), and their own dependencies from them.
 */
const cms = createRequire(import.meta.url)

/** The folder of `name`'s package.json, resolved from `from` (a resolved file). */
export function packageDir(name: string, from: string = import.meta.filename): string {
  let dir = path.dirname(createRequire(from).resolve(name))
  while (!fs.existsSync(path.join(dir, 'package.json')) || !isPackage(dir, name)) {
    const up = path.dirname(dir)
    if (up === dir) throw new Error(`no package.json of ${name} above its entry`)
    dir = up
  }
  return dir
}

const isPackage = (dir: string, name: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name === name

export const versionOf = (dir: string): string =>
  JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version

/** A file of an installed package (deep paths its `exports` do not list), as text. */
export const sourceOf = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8')

/** Imports a file of an installed package by its path. */
export const importFrom = <T>(dir: string, file: string): Promise<T> =>
  import(pathToFileURL(path.join(dir, file)).href) as Promise<T>

export const payloadDir = () => packageDir('payload')
/** @payloadcms/drizzle: a dependency of the Postgres adapter, not of the CMS itself. */
export const drizzleAdapterDir = () =>
  packageDir('@payloadcms/drizzle', cms.resolve('@payloadcms/db-postgres'))
export const nextDir = () => packageDir('next')
