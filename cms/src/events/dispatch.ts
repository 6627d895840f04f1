import pg from 'pg'
import type { Payload } from 'payload'

import { NOTICE_MAX_EVENTS, type ContentEvent } from '@mlops-guide/content/events'

import { isJobRunner } from '../database/jobRunnerLock'
import { env } from '../env'
import { WEBHOOK_QUEUE } from '../webhooks/deliverTask'
import { IN_RECORD_OF_CHANGES } from './outbox'
import { notifySites } from './toSites'
import { queueWebhooks } from './toWebhooks'

/**
 * Delivers the outbox's events after their writes commit, in sequence order, at least once.
 *
 * Why LISTEN/NOTIFY plus a poll: the event step NOTIFYs inside the write's transaction, and
 * PostgreSQL delivers a notification only when that transaction commits (never for one
 * that rolls back), so a dispatch starts within milliseconds of the commit without reading
 * anything uncommitted. The poll (every DISPATCH_POLL_MS) finds what no notification woke
 * us for: events committed while this process was down or its listening connection was
 * being re-made, or left when a process died between commit and delivery.
 *
 * Each pass takes a transaction advisory lock, so with several CMS processes one dispatches
 * at a time, in sequence order; rows are marked dispatched in the same transaction after
 * their consumers took them. A crash before that mark means the batch is dispatched again:
 * consumers ignore sequences they already applied.
 */
const DISPATCH_LOCK = 'mlops-guide:content-dispatch'
const DISPATCH_POLL_MS = 2000
/** One change notice per batch: the site refuses a larger one. */
const BATCH = NOTICE_MAX_EVENTS
/**
 * Dispatched events are kept this long (for the delivery log and debugging), then pruned,
 * except those of the public record of changes (outbox.ts IN_RECORD_OF_CHANGES).
 */
const KEEP_DAYS = 30
/** Pruning scans the outbox: once an hour is enough for a 30-day retention. */
const PRUNE_EVERY_MS = 60 * 60_000
let prunedAt = 0

type Row = { sequence: string; event: ContentEvent }

let started: Promise<void> | null = null
let pass: Promise<void> = Promise.resolve()
let again = false
let highestSeen = 0

/** Starts the dispatcher of this process (idempotent): called by the health endpoint, like the job crons. */
export function startEventDispatch(payload: Payload): Promise<void> {
  started ??= listen(payload).then(() => {
    const sites = env.SITE_REVALIDATE_URLS.length
    payload.logger.info(
      `content events: dispatching after each commit to ${sites} site address(es) and the webhooks`,
    )
    const timer = setInterval(() => wake(payload), DISPATCH_POLL_MS)
    timer.unref()
    const webhookTimer = setInterval(() => void runWebhookJobs(payload), 1000)
    webhookTimer.unref()
    wake(payload)
  })
  return started
}

async function listen(payload: Payload) {
  const client = new pg.Client({ connectionString: env.DATABASE_URL })
  client.on('notification', () => wake(payload))
  client.on('error', (err) => {
    payload.logger.warn(`content events: listening connection lost (${err.message})`)
    // The poll keeps dispatching meanwhile; listen again in a few seconds.
    setTimeout(() => void listen(payload).catch(() => {}), 3000).unref()
  })
  try {
    await client.connect()
    await client.query('LISTEN content_events')
  } catch (err) {
    payload.logger.warn(`content events: cannot listen (${(err as Error).message}); polling`)
    await client.end().catch(() => {})
  }
}

/** Runs a dispatch pass after the current one; wakes that arrive meanwhile make one more. */
function wake(payload: Payload) {
  if (again) return
  again = true
  pass = pass.then(async () => {
    again = false
    try {
      while (await dispatchBatch(payload)) {
        // a full batch: there may be more
      }
    } catch (err) {
      payload.logger.warn(`content events: dispatch failed (${(err as Error).message}); will retry`)
    }
  })
}

/**
 * The dispatcher's own connection, outside Payload's pool: a pass holds it for its whole
 * transaction while the consumers take pool connections of their own, so a burst of writes
 * that fills the pool can never leave the dispatcher waiting on itself.
 */
let dispatchClient: pg.Client | null = null
async function connection(payload: Payload): Promise<pg.Client> {
  if (dispatchClient) return dispatchClient
  const client = new pg.Client({ connectionString: env.DATABASE_URL })
  client.on('error', (err) => {
    payload.logger.warn(`content events: dispatch connection lost (${err.message})`)
    if (dispatchClient === client) dispatchClient = null
  })
  await client.connect()
  dispatchClient = client
  return client
}

async function dispatchBatch(payload: Payload): Promise<boolean> {
  const client = await connection(payload)
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [DISPATCH_LOCK])
    await noticeRestore(payload, client)
    const { rows } = await client.query<Row>(
      `SELECT sequence, event FROM content_events WHERE dispatched_at IS NULL
       ORDER BY sequence LIMIT ${BATCH}`,
    )
    if (rows.length > 0) {
      const events = rows.map((row) => row.event)
      await queueWebhooks(payload, events)
      await notifySites(payload, events)
      await client.query(
        'UPDATE content_events SET dispatched_at = now() WHERE sequence = ANY($1::bigint[])',
        [rows.map((row) => row.sequence)],
      )
      highestSeen = Math.max(highestSeen, ...events.map((e) => e.sequence))
      void runWebhookJobs(payload)
    }
    const prune = Date.now() - prunedAt > PRUNE_EVERY_MS
    if (prune) {
      // The newest event always stays: it is what tells a restore (noticeRestore).
      await client.query(
        `DELETE FROM content_events WHERE dispatched_at < now() - interval '${KEEP_DAYS} days'
         AND sequence < (SELECT max(sequence) FROM content_events)
         AND NOT (${IN_RECORD_OF_CHANGES})`,
      )
    }
    await client.query('COMMIT')
    if (prune) prunedAt = Date.now()
    return rows.length === BATCH
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {})
    throw err
  }
}

/**
 * A restore brings back an older outbox: the newest event is older than one this process
 * already dispatched. Everything any consumer keeps may be stale, so a reset event goes to
 * all of them (the restore command records one itself; this catches any other restore).
 */
async function noticeRestore(payload: Payload, client: pg.Client) {
  if (highestSeen === 0) return
  const { rows } = await client.query<{ newest: string | null }>(
    'SELECT max(sequence) AS newest FROM content_events',
  )
  const newest = Number(rows[0]?.newest ?? 0)
  if (newest >= highestSeen) return
  payload.logger.warn(
    `content events: the newest event (${newest}) is older than one already dispatched (${highestSeen}): the database was restored; telling every consumer to start afresh`,
  )
  await client.query(`SELECT record_content_event('{"change":"reset","reason":"restored"}'::jsonb)`)
}

/**
 * Webhook deliveries, one job at a time in the order they were queued (sequence order), on
 * the process that works the jobs queue; Payload's own cron would run a batch in parallel.
 */
let running = false
async function runWebhookJobs(payload: Payload) {
  if (running || env.JOBS_CRON === 'off') return
  running = true
  try {
    if (await isJobRunner(payload)) {
      await payload.jobs.run({ queue: WEBHOOK_QUEUE, limit: 50, sequential: true, silent: true })
    }
  } catch (err) {
    payload.logger.warn(`webhook deliveries: ${(err as Error).message}`)
  } finally {
    running = false
  }
}
