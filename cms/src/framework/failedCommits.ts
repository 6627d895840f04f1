import { randomUUID } from 'node:crypto'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { APIError, type DatabaseAdapterObj } from 'payload'

type Session = PostgresAdapter['sessions'][string]
type Drizzle = PostgresAdapter['drizzle']

/**
 * Payload's transactions (@payloadcms/drizzle beginTransaction/commitTransaction, 3.90) lose
 * the error of a COMMIT that fails: a deferred constraint, a serialization failure, or the
 * connection dropping at that moment. The write is rolled back by PostgreSQL, yet the
 * operation answers 200 and the editor is told it was saved. Written by hand because no
 * option or plugin changes it: these two methods make the same transactions, and a failed
 * COMMIT fails the operation (Payload then answers with this error), so "saved" means
 * committed (cms/tests/int/contentEvents.int.spec.ts fails a COMMIT and expects a 500).
 */
async function beginTransaction(this: PostgresAdapter, options?: unknown): Promise<string> {
  await this.initializing
  const id = randomUUID()
  this.sessions[id] = await new Promise<Session>((ready, failed) => {
    let finish: (commit: boolean) => void = () => {}
    const outcome = (this.drizzle as Drizzle).transaction(
      async (tx) => {
        const commit = await new Promise<boolean>((decided) => {
          finish = decided
          ready({ db: tx as unknown as Session['db'], resolve, reject })
        })
        if (!commit) tx.rollback()
      },
      (options ?? this.transactionOptions) as Parameters<Drizzle['transaction']>[1],
    )
    // A connection that fails before the transaction starts fails the begin; afterwards the
    // outcome belongs to whoever commits or rolls back.
    outcome.catch(failed)
    const resolve = async () => {
      finish(true)
      await outcome
    }
    const reject = async () => {
      finish(false)
      await outcome.catch(() => {})
    }
  })
  return id
}

async function commitTransaction(
  this: PostgresAdapter,
  incoming: Promise<number | string> | number | string = '',
): Promise<void> {
  const id = incoming instanceof Promise ? await incoming : incoming
  const session = this.sessions[id]
  if (!session) return // rolled back already
  delete this.sessions[id]
  try {
    await session.resolve()
  } catch (error) {
    this.payload.logger.error({ err: error, msg: 'a transaction failed to commit' })
    throw new APIError(
      `The change was not saved: the database refused to commit it (${(error as Error).message}). Nothing was changed; try again.`,
      500,
      undefined,
      true,
    )
  }
}

/** The Postgres adapter, with transactions whose failed COMMIT fails the operation. */
export function reportingFailedCommits(adapter: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args) as unknown as PostgresAdapter
      db.beginTransaction = beginTransaction as PostgresAdapter['beginTransaction']
      db.commitTransaction = commitTransaction as PostgresAdapter['commitTransaction']
      return db as unknown as ReturnType<DatabaseAdapterObj['init']>
    },
  }
}
