import { describe, expect, it } from 'vitest'

import { drizzleAdapterDir, importFrom } from './installed'
import { transactionDbOf } from './transaction'

type GetTransaction = (adapter: unknown, req: unknown) => Promise<unknown>

// Stand-ins for drizzle handles: only which one is returned matters.
const connection = { name: 'the adapter connection' }
const inTransaction = { name: 'the transaction' }
const adapter = { drizzle: connection, sessions: { 'tx-1': { db: inTransaction } } }

const requests: [string, { transactionID?: unknown }][] = [
  ['no transaction', {}],
  ['a transaction id', { transactionID: 'tx-1' }],
  ['a transaction id still being opened (a promise)', { transactionID: Promise.resolve('tx-1') }],
  ['an ended transaction', { transactionID: 'tx-gone' }],
]

describe("the request's transaction, found as Payload's database adapter finds it", () => {
  it.each(requests)('agrees with getTransaction for %s', async (_, req) => {
    const { getTransaction } = await importFrom<{ getTransaction: GetTransaction }>(
      drizzleAdapterDir(),
      'dist/utilities/getTransaction.js',
    )
    const payloads = await getTransaction(adapter, req)
    expect(await transactionDbOf(adapter as never, req as never)).toBe(payloads)
  })

  it('finds the open transaction (the test above compares something)', async () => {
    expect(await transactionDbOf(adapter as never, { transactionID: 'tx-1' })).toBe(inTransaction)
  })
})
