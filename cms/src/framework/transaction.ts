import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/**
 * The database handle of a request's transaction, so a statement we write ourselves commits
 * or rolls back with the write it belongs to: the one Payload's own operations use
 * (getTransaction in @payloadcms/drizzle/dist/utilities/getTransaction.js, which the
 * adapter does not export). `req.transactionID` is the id, or a promise of it while the
 * transaction is being opened; the adapter keeps each open transaction's drizzle handle in
 * `sessions[id].db` until commit or rollback. Without a transaction (or once it has ended),
 * the adapter's own connection. transaction.spec.ts runs Payload's getTransaction on the same
 * adapter state and fails when the two disagree.
 */
export async function transactionDb(
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>,
): Promise<PostgresAdapter['drizzle']> {
  return transactionDbOf(req.payload.db as unknown as PostgresAdapter, req)
}

/** transactionDb for a given adapter (what the test compares with Payload's). */
export async function transactionDbOf(
  adapter: Pick<PostgresAdapter, 'drizzle' | 'sessions'>,
  req: Pick<PayloadRequest, 'transactionID'>,
): Promise<PostgresAdapter['drizzle']> {
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions?.[id]?.db) || adapter.drizzle
}
