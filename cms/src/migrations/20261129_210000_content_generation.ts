import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Written by hand: not a collection, so Payload's migrate:create has nothing to generate.
 * One row holding the content generation the read cache checks (api/readCache/generation.ts).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE IF NOT EXISTS "content_generation" (
      "id" integer PRIMARY KEY DEFAULT 1 CHECK ("id" = 1),
      "n" bigint NOT NULL DEFAULT 0
    );
    INSERT INTO "content_generation" ("id", "n") VALUES (1, 0) ON CONFLICT DO NOTHING;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "content_generation";`)
}
