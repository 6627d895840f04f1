import { dumpDatabase, restoreDump } from '@mlops-guide/server-runtime/database-backup'

import { step } from './log.ts'

// pg_dump's custom format and pg_restore, shared with the CMS's backup before it migrates
// (@mlops-guide/server-runtime/database-backup): one way to write and read the archives.

/** Writes the whole database (schema and data, no owners) to `file`. */
export function backupDatabase(url: string, file: string) {
  step(`backing up the database to ${file}`)
  dumpDatabase(url, file)
}

/**
 * Restores `file` into the database at `url`, replacing what is there (objects in the
 * backup are dropped first), in one transaction: a failed restore changes nothing.
 */
export function restoreDatabase(url: string, file: string) {
  step(`restoring ${file} into the database`)
  restoreDump(url, file)
}
