import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import type { ContentEvent, DocumentEvent, ResetEvent } from '@mlops-guide/content/events'

import { transactionDb } from '../framework/transaction'

type Body<E extends ContentEvent> = Omit<E, 'sequence' | 'time'>

/**
 * Writes an event to the outbox in the write's transaction (the SQL function of migration
 * 20261206_210000_content_events numbers it and wakes the dispatcher on commit).
 */
export async function recordEvent<E extends DocumentEvent | ResetEvent>(
  req: PayloadRequest,
  body: Body<E>,
  title: string | null = null,
): Promise<E> {
  const db = await transactionDb(req)
  const result = await db.execute(
    sql`SELECT record_content_event(${JSON.stringify(body)}::jsonb) AS event`,
  )
  const event = (result.rows[0] as { event: E }).event
  // The title a deleted document had, for the record of changes (migration 20261207_000000).
  if (title !== null) {
    await db.execute(
      sql`UPDATE content_events SET title = ${title} WHERE sequence = ${event.sequence}`,
    )
  }
  return event
}

/** The release an event's write belongs to (releases/publish.ts), for the record of changes. */
export type ReleaseRef = { id: number; title: string }

/** Marks an event as part of a release (content_events.release, migration 20261207_024713_releases). */
export async function markRelease(req: PayloadRequest, sequence: number, release: ReleaseRef) {
  const db = await transactionDb(req)
  await db.execute(
    sql`UPDATE content_events SET release = ${JSON.stringify(release)}::jsonb WHERE sequence = ${sequence}`,
  )
}

/** The newest sequence recorded so far (0 for none); read after lockEvents, nothing comes between. */
export async function lastSequence(req: PayloadRequest): Promise<number> {
  const db = await transactionDb(req)
  const result = await db.execute(
    sql`SELECT coalesce(max(sequence), 0)::text AS n FROM content_events`,
  )
  return Number((result.rows[0] as { n: string }).n)
}

/** Marks the events recorded after `sequence` (in this transaction: the lock is held) as the seed's. */
export async function markSeedEvents(req: PayloadRequest, sequence: number) {
  const db = await transactionDb(req)
  await db.execute(sql`UPDATE content_events SET by_seed = true WHERE sequence > ${sequence}`)
}

/**
 * In SQL, the outbox events that make the public record of changes (changeRecord.ts): a
 * public change of a document's own. Not the events another document caused (each is named
 * in its cause's `alsoChanged`) and not resets (a restore is no change readers saw). Pruning
 * the outbox keeps these (dispatch.ts): they are the record, a row per publish, a few
 * hundred bytes each; what goes after 30 days is the delivery bookkeeping of the rest. Nor
 * the seed's events (`by_seed`): the guide's edition is where the record starts, not a change.
 */
export const IN_RECORD_OF_CHANGES = `event->>'change' <> 'reset' AND event->'cause' = 'null'::jsonb AND NOT by_seed`

/** Serialises the event step of concurrent writes until they commit (one per document at a time). */
export async function lockEvents(req: PayloadRequest) {
  const db = await transactionDb(req)
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('mlops-guide:content-events'))`)
}

/** What readers saw of `key` before this write: its published version (publicAnswer.ts stateKey), or null. */
export async function publicStateOf(req: PayloadRequest, key: string): Promise<string | null> {
  const db = await transactionDb(req)
  const result = await db.execute(
    sql`SELECT version FROM content_public_state WHERE document = ${key}`,
  )
  return (result.rows[0] as { version: string } | undefined)?.version ?? null
}

/** Of these documents, those readers can see. */
export async function publicOnes(req: PayloadRequest, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set()
  const db = await transactionDb(req)
  const result = await db.execute(
    // One JSON parameter: Drizzle's sql template would spread an array into a list.
    sql`SELECT document FROM content_public_state
        WHERE document IN (SELECT jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb))`,
  )
  return new Set((result.rows as { document: string }[]).map((r) => r.document))
}

export async function setPublicState(req: PayloadRequest, key: string, version: string | null) {
  const db = await transactionDb(req)
  await db.execute(
    version === null
      ? sql`DELETE FROM content_public_state WHERE document = ${key}`
      : sql`INSERT INTO content_public_state (document, version) VALUES (${key}, ${version})
            ON CONFLICT (document) DO UPDATE SET version = excluded.version`,
  )
}
