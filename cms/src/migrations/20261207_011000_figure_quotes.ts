import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: the index of who quotes which figure is renamed from `figure-references` to
 * `figure-quotes` (one meaning per name: "reference" also named the figure element itself).
 * Payload's generator would drop the table and create a new one; a rename keeps the rows.
 * The snapshot beside this file is the generated schema with the new names.
 */
const RENAMES = (from: string, to: string) => `
  ALTER TYPE "public"."enum_${from}_target_collection" RENAME TO "enum_${to}_target_collection";
  ALTER TABLE "${from}" RENAME TO "${to}";
  ALTER SEQUENCE IF EXISTS "${from}_id_seq" RENAME TO "${to}_id_seq";
  ALTER TABLE "${to}" RENAME CONSTRAINT "${from}_pkey" TO "${to}_pkey";
  ALTER INDEX "${from}_source_idx" RENAME TO "${to}_source_idx";
  ALTER INDEX "${from}_target_collection_idx" RENAME TO "${to}_target_collection_idx";
  ALTER INDEX "${from}_target_id_idx" RENAME TO "${to}_target_id_idx";
  ALTER TABLE "payload_locked_documents_rels" RENAME COLUMN "${from}_id" TO "${to}_id";
  ALTER TABLE "payload_locked_documents_rels"
    RENAME CONSTRAINT "payload_locked_documents_rels_${from}_fk" TO "payload_locked_documents_rels_${to}_fk";
  ALTER INDEX "payload_locked_documents_rels_${from}_id_idx" RENAME TO "payload_locked_documents_rels_${to}_id_idx";
`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(RENAMES('figure_references', 'figure_quotes')))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(RENAMES('figure_quotes', 'figure_references')))
}
