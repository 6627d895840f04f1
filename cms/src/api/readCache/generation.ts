import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { transactionDb } from '../../framework/transaction'

/**
 * The content generation: one number in PostgreSQL (table content_generation, migration
 * 20261129_210000_content_generation). Every content event sets it to its own sequence
 * (events/, migration 20261206_210000_content_events), inside the write's transaction; a write
 * to media moves it the same way here. A cached answer is served only while the generation it
 * was made at is still the current one, so it can never outlive the change that made it stale,
 * in this process or any other CMS process on the same database; a read made before the write
 * commits is stamped with the old number. The number is never reused, not even after a restore
 * brings back an older one (it follows the clock), so no answer from before a restore is served.
 */
export async function bumpGeneration(req: PayloadRequest) {
  const db = await transactionDb(req)
  await db.execute(
    sql`UPDATE content_generation SET n = greatest(n + 1, floor(extract(epoch FROM clock_timestamp()) * 1000000)::bigint)`,
  )
}

export async function currentGeneration(req: {
  payload: PayloadRequest['payload']
}): Promise<string> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const result = await adapter.pool.query<{ n: string }>('SELECT n FROM content_generation')
  return result.rows[0]?.n ?? '0'
}
