import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/**
 * The content's generation: one number in PostgreSQL (table content_generation, migration
 * 20261129_210000_content_generation), bumped by every write to public content inside its own
 * transaction. A cached answer is served only while the generation it was made at is still
 * the current one, so it can never outlive the change that made it stale, in this process
 * or any other CMS process on the same database; and a read made before the write commits
 * is stamped with the old number.
 */
export async function bumpGeneration(req: PayloadRequest) {
  const adapter = req.payload.db as unknown as PostgresAdapter
  // The write's transaction when it has one (Payload's own getTransaction, not exported).
  const id = req.transactionID ? await req.transactionID : undefined
  const db = (id !== undefined && adapter.sessions?.[id]?.db) || adapter.drizzle
  await db.execute(sql`UPDATE content_generation SET n = n + 1`)
}

export async function currentGeneration(req: {
  payload: PayloadRequest['payload']
}): Promise<string> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const result = await adapter.pool.query<{ n: string }>('SELECT n FROM content_generation')
  return result.rows[0]?.n ?? '0'
}
