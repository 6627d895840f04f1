import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import type { PayloadRequest } from 'payload'

import { COLLECTION_SLUGS, GLOBAL_SLUGS, type GlobalSlug } from '@mlops-guide/content/collections'

import { setPublicState } from '../events/outbox'
import { keyOf, recordPublicState } from '../events/publicAnswer'

/**
 * Written by hand: not a collection, so Payload's migrate:create has nothing to generate.
 *
 * - `content_events`: the outbox of content events (events/), one row per event, written in the
 *   transaction of the write that caused it and marked once dispatched after commit.
 * - `content_public_state`: what readers see of each document now (the id of its newest
 *   published version), so the event step can tell a publish from a draft save without any
 *   state carried between hooks. Filled here from the published documents of an existing
 *   database.
 * - `record_content_event(body)`: the one way an event is written (the CMS's event step and
 *   the restore command both call it). It numbers the event, serialised by a transaction
 *   advisory lock held until commit, so sequence order is commit order. The number is the
 *   greater of the last one + 1 and the clock in microseconds: after a restore brings back an
 *   older outbox, new events still number above every event delivered before it, so no
 *   consumer ever sees a number twice. The content generation (the read cache's key) becomes
 *   the same number, and a NOTIFY, which PostgreSQL delivers only when the transaction
 *   commits, wakes the dispatcher.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE IF NOT EXISTS "content_events" (
      "sequence" bigint PRIMARY KEY,
      "event" jsonb NOT NULL,
      "recorded_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
      "dispatched_at" timestamp(3) with time zone
    );
    CREATE INDEX IF NOT EXISTS "content_events_pending_idx"
      ON "content_events" ("sequence") WHERE "dispatched_at" IS NULL;
    CREATE TABLE IF NOT EXISTS "content_public_state" (
      "document" varchar PRIMARY KEY,
      "version" varchar NOT NULL
    );
    CREATE OR REPLACE FUNCTION record_content_event(body jsonb) RETURNS jsonb
    LANGUAGE plpgsql AS $$
    DECLARE
      seq bigint;
      stamped jsonb;
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtext('mlops-guide:content-events'));
      SELECT greatest(
          coalesce((SELECT max("sequence") FROM content_events), 0) + 1,
          coalesce((SELECT n FROM content_generation), 0) + 1,
          floor(extract(epoch FROM clock_timestamp()) * 1000000)::bigint)
        INTO seq;
      stamped := body || jsonb_build_object(
        'sequence', seq,
        'time', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
      INSERT INTO content_events ("sequence", "event") VALUES (seq, stamped);
      UPDATE content_generation SET n = seq;
      PERFORM pg_notify('content_events', seq::text);
      RETURN stamped;
    END $$;`)

  // An existing database: what is published now is what readers see now, recorded by the
  // event step's own rule (events/publicAnswer.ts), in this migration's transaction.
  // A fresh database has nothing to record, and is not read: these reads run with the config
  // of whatever release migrates, which can name tables later migrations add (a fresh
  // database failed here once the guide page gained the learning path's lists).
  if (!(await holdsContent(db))) return
  for (const collection of COLLECTION_SLUGS) {
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: {},
      req,
    })
    for (const doc of docs) {
      await recordPublicState(req, { kind: 'collection', slug: collection, id: doc.id })
    }
  }
  for (const slug of GLOBAL_SLUGS) await recordGlobalState(db, req, slug)
}

/**
 * The same rule for a global (publicAnswer.ts's publishedNow), read with SQL from the tables
 * as this migration finds them: Payload's reads of a global join every list of today's
 * config, whose tables a later migration may add (the learning path's did).
 */
async function recordGlobalState(db: MigrateUpArgs['db'], req: PayloadRequest, slug: GlobalSlug) {
  const table = slug.replaceAll('-', '_')
  const main = await db.execute(sql.raw(`SELECT "_status", "updated_at" FROM "${table}" LIMIT 1`))
  const row = main.rows[0] as { _status: string | null; updated_at: string | Date | null } | undefined
  let state: string | null = null
  if (row?.updated_at && row._status !== 'draft') {
    const { rows } = await db.execute(
      sql.raw(
        `SELECT "id" FROM "_${table}_v" WHERE "version__status" = 'published' ORDER BY "id" DESC LIMIT 1`,
      ),
    )
    state = rows[0] ? String(rows[0].id) : `at ${new Date(row.updated_at).toISOString()}`
  }
  await setPublicState(req, keyOf({ kind: 'global', slug }), state)
}

/** Whether any table of the guide's content, as this migration found them, holds a row. */
async function holdsContent(db: MigrateUpArgs['db']): Promise<boolean> {
  const tables = [
    'guide_page',
    'site_settings',
    'career_stages',
    'salary_bands',
    'roles',
    'tool_categories',
    'tools',
    'company_groups',
    'companies',
    'faqs',
  ]
  const any = tables.map((t) => `SELECT 1 FROM "${t}"`).join(' UNION ALL ')
  const { rows } = await db.execute(sql.raw(`SELECT EXISTS (${any}) AS "held"`))
  return Boolean(rows[0]?.held)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP FUNCTION IF EXISTS record_content_event(jsonb);
    DROP TABLE IF EXISTS "content_public_state";
    DROP TABLE IF EXISTS "content_events";`)
}
