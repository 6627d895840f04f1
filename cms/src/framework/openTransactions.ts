import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { APIError, type DatabaseAdapterObj } from 'payload'

/** How long a write waits for its turn to open a transaction before it is answered 503. */
const WAIT_MS = 60_000

/**
 * At most `open` transactions of this process at once; the rest wait here, holding nothing.
 *
 * Why: a write over REST holds its transaction's pool connection from the start of the
 * operation (Payload's initTransaction, before any hook), and then asks the pool for a
 * second one: Payload's document-lock check (checkDocumentLockStatus, 3.90, when the
 * request does not override locks, as REST does not) reads payload-locked-documents without
 * the request's transaction. With as many concurrent writes as pool connections, every
 * connection holds a transaction that waits for one more, until the pool's
 * connectionTimeoutMillis fails one of them (503): 20 concurrent PATCHes of one FAQ gave
 * 503s. Keeping a few connections out of reach of transactions lets those single queries
 * through; writes to one document then wait for each other on its row, as they must, not on
 * the pool. Hand-written: neither Payload nor node-postgres limits transactions apart from
 * connections. openTransactions.spec.ts reads checkDocumentLockStatus and fails when it
 * starts passing the request (then this limit is no longer needed for it).
 */
export function limitOpenTransactions(
  adapter: DatabaseAdapterObj,
  open: number,
): DatabaseAdapterObj {
  let running = 0
  const waiting: (() => void)[] = []
  const holding = new Set<string>()
  const release = () => {
    const next = waiting.shift()
    if (next) next()
    else running--
  }
  const turn = () =>
    new Promise<void>((granted, refused) => {
      if (running < open) {
        running++
        return granted()
      }
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(take), 1)
        refused(
          new APIError('The CMS is busy with other changes; try again.', 503, undefined, true),
        )
      }, WAIT_MS)
      const take = () => {
        clearTimeout(timer)
        granted()
      }
      waiting.push(take)
    })

  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args) as unknown as PostgresAdapter
      const { beginTransaction, commitTransaction, rollbackTransaction } = db
      const ended = (id: number | string) => {
        if (holding.delete(String(id))) release()
      }
      db.beginTransaction = async function (this: PostgresAdapter, options) {
        await turn()
        try {
          const id = await beginTransaction.call(this, options)
          if (id !== null) holding.add(String(id))
          else release()
          return id
        } catch (error) {
          release()
          throw error
        }
      } as PostgresAdapter['beginTransaction']
      // Whichever ends a transaction gives its turn to the next write.
      const ending = (end: PostgresAdapter['commitTransaction']) =>
        async function (this: PostgresAdapter, incoming: Parameters<typeof end>[0]) {
          const id = await incoming
          try {
            await end.call(this, id)
          } finally {
            ended(id)
          }
        } as PostgresAdapter['commitTransaction']
      db.commitTransaction = ending(commitTransaction)
      db.rollbackTransaction = ending(rollbackTransaction)
      return db as unknown as ReturnType<DatabaseAdapterObj['init']>
    },
  }
}
