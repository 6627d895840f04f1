import { describe, expect, it } from 'vitest'

import { payloadDir, sourceOf } from './installed'

/** The options object of the lock check's read of payload-locked-documents, as written. */
function lockCheckRead(): string {
  const source = sourceOf(payloadDir(), 'dist/utilities/checkDocumentLockStatus.js')
  const read = /payload\.db\.find\((\{[\s\S]*?\})\);/.exec(source)
  if (!read) throw new Error('checkDocumentLockStatus no longer reads with payload.db.find({…})')
  return read[1]!
}

describe("Payload's document-lock check, the reason for limitOpenTransactions", () => {
  it("reads payload-locked-documents outside the write's transaction (no req): a second pool connection per write", () => {
    const read = lockCheckRead()
    expect(read).toContain('lockedDocumentsCollectionSlug')
    expect(read).not.toMatch(/\breq\b/)
  })

  it('runs for REST writes, which do not override locks', () => {
    const source = sourceOf(payloadDir(), 'dist/collections/endpoints/updateByID.js')
    expect(source).toMatch(/overrideLock:\s*overrideLock \?\? false/)
  })
})
