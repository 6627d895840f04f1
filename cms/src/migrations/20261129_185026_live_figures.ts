import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_figure_references_target_collection" AS ENUM('salary-bands', 'roles', 'career-stages');
  CREATE TABLE "figure_references" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"source" varchar NOT NULL,
  	"source_title" varchar,
  	"field" varchar NOT NULL,
  	"target_collection" "enum_figure_references_target_collection" NOT NULL,
  	"target_id" numeric NOT NULL,
  	"format" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "figure_references_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_title" varchar DEFAULT 'Changes to the figures';
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_description" varchar DEFAULT 'Every published change to a salary or years-of-experience figure in the MLOps Career Guide, newest first.';
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_no_changes" varchar DEFAULT 'No figure has changed since the guide was published.';
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_source_label" varchar DEFAULT 'Source';
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_as_of_label" varchar DEFAULT 'As of';
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_feed_label" varchar DEFAULT 'Follow changes (Atom feed)';
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_chart_line" varchar DEFAULT 'Figures updated';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_title" varchar DEFAULT 'Changes to the figures';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_description" varchar DEFAULT 'Every published change to a salary or years-of-experience figure in the MLOps Career Guide, newest first.';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_no_changes" varchar DEFAULT 'No figure has changed since the guide was published.';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_source_label" varchar DEFAULT 'Source';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_as_of_label" varchar DEFAULT 'As of';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_feed_label" varchar DEFAULT 'Follow changes (Atom feed)';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_chart_line" varchar DEFAULT 'Figures updated';
  CREATE INDEX "figure_references_source_idx" ON "figure_references" USING btree ("source");
  CREATE INDEX "figure_references_target_collection_idx" ON "figure_references" USING btree ("target_collection");
  CREATE INDEX "figure_references_target_id_idx" ON "figure_references" USING btree ("target_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_figure_references_fk" FOREIGN KEY ("figure_references_id") REFERENCES "public"."figure_references"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_figure_references_id_idx" ON "payload_locked_documents_rels" USING btree ("figure_references_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "figure_references" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "figure_references" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_figure_references_fk";
  
  DROP INDEX "payload_locked_documents_rels_figure_references_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "figure_references_id";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_title";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_description";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_no_changes";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_source_label";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_as_of_label";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_feed_label";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_chart_line";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_title";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_description";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_no_changes";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_source_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_as_of_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_feed_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_chart_line";
  DROP TYPE "public"."enum_figure_references_target_collection";`)
}
