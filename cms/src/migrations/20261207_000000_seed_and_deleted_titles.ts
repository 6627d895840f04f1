import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Written by hand (content_events is not a collection):
 * - `by_seed`: the event was written by the seed (seed/index.ts marks its own). The guide's
 *   edition is no change to it, so the record of changes leaves these out (events/outbox.ts
 *   IN_RECORD_OF_CHANGES); subscribers and the site still receive them as any other.
 * - `title`: for a `deleted` event, the title the document had, since Payload deletes its
 *   versions with it and the record would otherwise name it only by its id.
 * Kept beside the event, not in it, so the delivered event stays the contract's.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "content_events" ADD COLUMN IF NOT EXISTS "by_seed" boolean NOT NULL DEFAULT false;
    ALTER TABLE "content_events" ADD COLUMN IF NOT EXISTS "title" varchar;
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    ALTER TABLE "content_events" DROP COLUMN IF EXISTS "by_seed";
    ALTER TABLE "content_events" DROP COLUMN IF EXISTS "title";
  `)
}
