import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root: packages/stack/src -> ../../.. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const cmsDir = path.join(repoRoot, 'cms')
export const webDir = path.join(repoRoot, 'web')
/** Git-ignored home of everything the local stack keeps between runs. */
export const dataDir = path.join(repoRoot, '.data')
