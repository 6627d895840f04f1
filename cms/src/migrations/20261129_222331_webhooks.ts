import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_webhook_subscribers_events" AS ENUM('publish', 'unpublish', 'delete');
  CREATE TYPE "public"."enum_webhook_subscribers_content" AS ENUM('career-stages', 'salary-bands', 'roles', 'tool-categories', 'tools', 'company-groups', 'companies', 'faqs', 'guide-page', 'site-settings');
  CREATE TYPE "public"."enum_webhook_deliveries_change" AS ENUM('publish', 'unpublish', 'delete');
  CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('pending', 'retrying', 'delivered', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliverWebhook' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliverWebhook' BEFORE 'schedulePublish';
  CREATE TABLE "webhook_subscribers_events" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhook_subscribers_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhook_subscribers_content" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhook_subscribers_content",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhook_subscribers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"secret" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subscriber_id" integer,
  	"target" varchar,
  	"change" "enum_webhook_deliveries_change",
  	"status" "enum_webhook_deliveries_status" DEFAULT 'pending',
  	"attempts" numeric DEFAULT 0,
  	"last_status" numeric,
  	"last_error" varchar,
  	"delivered_at" timestamp(3) with time zone,
  	"event" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_subscribers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "webhook_deliveries_id" integer;
  ALTER TABLE "webhook_subscribers_events" ADD CONSTRAINT "webhook_subscribers_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhook_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_subscribers_content" ADD CONSTRAINT "webhook_subscribers_content_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhook_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_subscriber_id_webhook_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."webhook_subscribers"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "webhook_subscribers_events_order_idx" ON "webhook_subscribers_events" USING btree ("order");
  CREATE INDEX "webhook_subscribers_events_parent_idx" ON "webhook_subscribers_events" USING btree ("parent_id");
  CREATE INDEX "webhook_subscribers_content_order_idx" ON "webhook_subscribers_content" USING btree ("order");
  CREATE INDEX "webhook_subscribers_content_parent_idx" ON "webhook_subscribers_content" USING btree ("parent_id");
  CREATE INDEX "webhook_subscribers_updated_at_idx" ON "webhook_subscribers" USING btree ("updated_at");
  CREATE INDEX "webhook_subscribers_created_at_idx" ON "webhook_subscribers" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_subscriber_idx" ON "webhook_deliveries" USING btree ("subscriber_id");
  CREATE INDEX "webhook_deliveries_status_idx" ON "webhook_deliveries" USING btree ("status");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_subscribers_fk" FOREIGN KEY ("webhook_subscribers_id") REFERENCES "public"."webhook_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_webhook_subscribers_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_subscribers_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "webhook_subscribers_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_subscribers_content" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_subscribers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "webhook_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "webhook_subscribers_events" CASCADE;
  DROP TABLE "webhook_subscribers_content" CASCADE;
  DROP TABLE "webhook_subscribers" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_subscribers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_webhook_subscribers_id_idx";
  DROP INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_subscribers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "webhook_deliveries_id";
  DROP TYPE "public"."enum_webhook_subscribers_events";
  DROP TYPE "public"."enum_webhook_subscribers_content";
  DROP TYPE "public"."enum_webhook_deliveries_change";
  DROP TYPE "public"."enum_webhook_deliveries_status";`)
}
