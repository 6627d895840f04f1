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
): Promise<E> {
  const db = await transactionDb(req)
  const result = await db.execute(
    sql`SELECT record_content_event(${JSON.stringify(body)}::jsonb) AS event`,
  )
  return (result.rows[0] as { event: E }).event
}

/**
 * In SQL, the outbox events that make the public record of changes (changeRecord.ts): a
 * public change of a document's own. Not the events another document caused (each is named
 * in its cause's `alsoChanged`) and not resets (a restore is no change readers saw). Pruning
 * the outbox keeps these (dispatch.ts): they are the record, a row per publish, a few
 * hundred bytes each; what goes after 30 days is the delivery bookkeeping of the rest.
 */
export const IN_RECORD_OF_CHANGES = `event->>'change' <> 'reset' AND event->'cause' = 'null'::jsonb`

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
