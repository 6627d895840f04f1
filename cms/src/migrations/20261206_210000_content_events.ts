import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { COLLECTION_SLUGS, GLOBAL_SLUGS } from '@mlops-guide/content/collections'

import { recordPublicState } from '../events/publicAnswer'

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
  for (const slug of GLOBAL_SLUGS) await recordPublicState(req, { kind: 'global', slug })
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP FUNCTION IF EXISTS record_content_event(jsonb);
    DROP TABLE IF EXISTS "content_public_state";
    DROP TABLE IF EXISTS "content_events";`)
}
