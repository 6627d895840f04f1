/**
 * `npm run backup -- [file]` and `npm run restore -- <file>`: the configured database
 * (DATABASE_URL), or the embedded one in .data/postgres (used in place if `npm start` is
 * running it, started for the occasion otherwise). Stop the apps before a restore: the
 * site keeps serving what it has, and the CMS would hold locks on the tables.
 */
import fs from 'node:fs'
import path from 'node:path'

import { backupDatabase, restoreDatabase } from './backup.ts'
import { isServerRunning } from './database.ts'
import { localDatabase } from './local.ts'
import { step } from './log.ts'
import { dataDir, repoRoot } from './paths.ts'

const envFile = path.join(repoRoot, '.env')
if (fs.existsSync(envFile)) process.loadEnvFile(envFile)

const [command, fileArg] = process.argv.slice(2)
const embeddedDir = path.join(dataDir, 'postgres')
const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329)
const database =
  !process.env.DATABASE_URL && isServerRunning(embeddedDir)
    ? { url: `postgres://postgres:postgres@127.0.0.1:${port}/mlops_guide`, stop: async () => {} }
    : await localDatabase()

try {
  if (command === 'backup') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const file = path.resolve(fileArg ?? path.join(dataDir, 'backups', `mlops-guide-${stamp}.dump`))
    fs.mkdirSync(path.dirname(file), { recursive: true })
    backupDatabase(database.url, file)
    step(`backup written: ${file} (${fs.statSync(file).size} bytes)`)
  } else if (command === 'restore') {
    if (!fileArg || !fs.existsSync(fileArg))
      throw new Error('usage: npm run restore -- <backup file>')
    restoreDatabase(database.url, path.resolve(fileArg))
    step('restored; start the apps again (npm start)')
  } else {
    throw new Error(`unknown command ${command}`)
  }
} catch (error) {
  console.error((error as Error).message)
  process.exitCode = 1
} finally {
  await database.stop()
}
