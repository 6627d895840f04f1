import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root: packages/stack/src -> ../../.. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const cmsDir = path.join(repoRoot, 'cms')
export const webDir = path.join(repoRoot, 'web')
/**
 * Git-ignored home of everything the local stack keeps between runs; STACK_DATA_DIR puts it
 * elsewhere (a test runs the whole stack on a database of its own).
 */
export const dataDir = process.env.STACK_DATA_DIR ?? path.join(repoRoot, '.data')
