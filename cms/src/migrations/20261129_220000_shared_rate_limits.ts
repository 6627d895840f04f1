import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Written by hand: not a collection, so Payload's migrate:create has nothing to generate.
 * The rate limiters' counters (api/rateLimiter.ts), shared by every CMS process. UNLOGGED:
 * counters that last a minute are not worth a write-ahead log entry per request, and after
 * a crash PostgreSQL empties the table, which only gives every client a fresh window.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE UNLOGGED TABLE IF NOT EXISTS "rate_limit_windows" (
      "client" text PRIMARY KEY,
      "count" integer NOT NULL,
      "reset_at" timestamptz NOT NULL
    );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "rate_limit_windows";`)
}
