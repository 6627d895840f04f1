import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "guide_page_learning_path_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "guide_page_learning_path_carries_over" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "guide_page_learning_path_to_learn" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "guide_page_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"faqs_id" integer,
  	"tools_id" integer
  );
  
  CREATE TABLE "_guide_page_v_version_learning_path_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guide_page_v_version_learning_path_carries_over" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guide_page_v_version_learning_path_to_learn" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guide_page_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"faqs_id" integer,
  	"tools_id" integer
  );
  
  ALTER TABLE "guide_page" ADD COLUMN "learning_path_faq_id" integer;
  ALTER TABLE "guide_page" ADD COLUMN "learning_path_transition_faq_id" integer;
  ALTER TABLE "_guide_page_v" ADD COLUMN "version_learning_path_faq_id" integer;
  ALTER TABLE "_guide_page_v" ADD COLUMN "version_learning_path_transition_faq_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "learning_path_page_title" varchar DEFAULT 'What to learn first';
  ALTER TABLE "site_settings" ADD COLUMN "learning_path_page_description" varchar DEFAULT 'The order the MLOps Career Guide gives for learning its tools, as a checklist to tick, print and share.';
  ALTER TABLE "site_settings" ADD COLUMN "learning_path_page_transition_heading" varchar DEFAULT 'From DevOps to MLOps';
  ALTER TABLE "site_settings" ADD COLUMN "learning_path_page_carries_over_label" varchar DEFAULT 'What carries over';
  ALTER TABLE "site_settings" ADD COLUMN "learning_path_page_to_learn_label" varchar DEFAULT 'What to learn';
  ALTER TABLE "site_settings" ADD COLUMN "learning_path_page_answer_label" varchar DEFAULT 'The whole answer';
  ALTER TABLE "site_settings" ADD COLUMN "learning_path_page_share_label" varchar DEFAULT 'Put the ticks in the address';
  ALTER TABLE "site_settings" ADD COLUMN "learning_path_page_checklist_link" varchar DEFAULT 'Checklist';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_learning_path_page_title" varchar DEFAULT 'What to learn first';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_learning_path_page_description" varchar DEFAULT 'The order the MLOps Career Guide gives for learning its tools, as a checklist to tick, print and share.';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_learning_path_page_transition_heading" varchar DEFAULT 'From DevOps to MLOps';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_learning_path_page_carries_over_label" varchar DEFAULT 'What carries over';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_learning_path_page_to_learn_label" varchar DEFAULT 'What to learn';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_learning_path_page_answer_label" varchar DEFAULT 'The whole answer';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_learning_path_page_share_label" varchar DEFAULT 'Put the ticks in the address';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_learning_path_page_checklist_link" varchar DEFAULT 'Checklist';
  ALTER TABLE "guide_page_learning_path_steps" ADD CONSTRAINT "guide_page_learning_path_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guide_page"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_page_learning_path_carries_over" ADD CONSTRAINT "guide_page_learning_path_carries_over_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guide_page"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_page_learning_path_to_learn" ADD CONSTRAINT "guide_page_learning_path_to_learn_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guide_page"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_page_rels" ADD CONSTRAINT "guide_page_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guide_page"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_page_rels" ADD CONSTRAINT "guide_page_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_page_rels" ADD CONSTRAINT "guide_page_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_page_v_version_learning_path_steps" ADD CONSTRAINT "_guide_page_v_version_learning_path_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guide_page_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_page_v_version_learning_path_carries_over" ADD CONSTRAINT "_guide_page_v_version_learning_path_carries_over_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guide_page_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_page_v_version_learning_path_to_learn" ADD CONSTRAINT "_guide_page_v_version_learning_path_to_learn_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guide_page_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_page_v_rels" ADD CONSTRAINT "_guide_page_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guide_page_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_page_v_rels" ADD CONSTRAINT "_guide_page_v_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_page_v_rels" ADD CONSTRAINT "_guide_page_v_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "guide_page_learning_path_steps_order_idx" ON "guide_page_learning_path_steps" USING btree ("_order");
  CREATE INDEX "guide_page_learning_path_steps_parent_id_idx" ON "guide_page_learning_path_steps" USING btree ("_parent_id");
  CREATE INDEX "guide_page_learning_path_carries_over_order_idx" ON "guide_page_learning_path_carries_over" USING btree ("_order");
  CREATE INDEX "guide_page_learning_path_carries_over_parent_id_idx" ON "guide_page_learning_path_carries_over" USING btree ("_parent_id");
  CREATE INDEX "guide_page_learning_path_to_learn_order_idx" ON "guide_page_learning_path_to_learn" USING btree ("_order");
  CREATE INDEX "guide_page_learning_path_to_learn_parent_id_idx" ON "guide_page_learning_path_to_learn" USING btree ("_parent_id");
  CREATE INDEX "guide_page_rels_order_idx" ON "guide_page_rels" USING btree ("order");
  CREATE INDEX "guide_page_rels_parent_idx" ON "guide_page_rels" USING btree ("parent_id");
  CREATE INDEX "guide_page_rels_path_idx" ON "guide_page_rels" USING btree ("path");
  CREATE INDEX "guide_page_rels_faqs_id_idx" ON "guide_page_rels" USING btree ("faqs_id");
  CREATE INDEX "guide_page_rels_tools_id_idx" ON "guide_page_rels" USING btree ("tools_id");
  CREATE INDEX "_guide_page_v_version_learning_path_steps_order_idx" ON "_guide_page_v_version_learning_path_steps" USING btree ("_order");
  CREATE INDEX "_guide_page_v_version_learning_path_steps_parent_id_idx" ON "_guide_page_v_version_learning_path_steps" USING btree ("_parent_id");
  CREATE INDEX "_guide_page_v_version_learning_path_carries_over_order_idx" ON "_guide_page_v_version_learning_path_carries_over" USING btree ("_order");
  CREATE INDEX "_guide_page_v_version_learning_path_carries_over_parent_id_idx" ON "_guide_page_v_version_learning_path_carries_over" USING btree ("_parent_id");
  CREATE INDEX "_guide_page_v_version_learning_path_to_learn_order_idx" ON "_guide_page_v_version_learning_path_to_learn" USING btree ("_order");
  CREATE INDEX "_guide_page_v_version_learning_path_to_learn_parent_id_idx" ON "_guide_page_v_version_learning_path_to_learn" USING btree ("_parent_id");
  CREATE INDEX "_guide_page_v_rels_order_idx" ON "_guide_page_v_rels" USING btree ("order");
  CREATE INDEX "_guide_page_v_rels_parent_idx" ON "_guide_page_v_rels" USING btree ("parent_id");
  CREATE INDEX "_guide_page_v_rels_path_idx" ON "_guide_page_v_rels" USING btree ("path");
  CREATE INDEX "_guide_page_v_rels_faqs_id_idx" ON "_guide_page_v_rels" USING btree ("faqs_id");
  CREATE INDEX "_guide_page_v_rels_tools_id_idx" ON "_guide_page_v_rels" USING btree ("tools_id");
  ALTER TABLE "guide_page" ADD CONSTRAINT "guide_page_learning_path_faq_id_faqs_id_fk" FOREIGN KEY ("learning_path_faq_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guide_page" ADD CONSTRAINT "guide_page_learning_path_transition_faq_id_faqs_id_fk" FOREIGN KEY ("learning_path_transition_faq_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guide_page_v" ADD CONSTRAINT "_guide_page_v_version_learning_path_faq_id_faqs_id_fk" FOREIGN KEY ("version_learning_path_faq_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guide_page_v" ADD CONSTRAINT "_guide_page_v_version_learning_path_transition_faq_id_faqs_id_fk" FOREIGN KEY ("version_learning_path_transition_faq_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "guide_page_learning_path_learning_path_faq_idx" ON "guide_page" USING btree ("learning_path_faq_id");
  CREATE INDEX "guide_page_learning_path_learning_path_transition_faq_idx" ON "guide_page" USING btree ("learning_path_transition_faq_id");
  CREATE INDEX "_guide_page_v_version_learning_path_version_learning_pat_idx" ON "_guide_page_v" USING btree ("version_learning_path_faq_id");
  CREATE INDEX "_guide_page_v_version_learning_path_version_learning_p_1_idx" ON "_guide_page_v" USING btree ("version_learning_path_transition_faq_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guide_page_learning_path_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_page_learning_path_carries_over" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_page_learning_path_to_learn" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "guide_page_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_page_v_version_learning_path_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_page_v_version_learning_path_carries_over" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_page_v_version_learning_path_to_learn" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_guide_page_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "guide_page_learning_path_steps" CASCADE;
  DROP TABLE "guide_page_learning_path_carries_over" CASCADE;
  DROP TABLE "guide_page_learning_path_to_learn" CASCADE;
  DROP TABLE "guide_page_rels" CASCADE;
  DROP TABLE "_guide_page_v_version_learning_path_steps" CASCADE;
  DROP TABLE "_guide_page_v_version_learning_path_carries_over" CASCADE;
  DROP TABLE "_guide_page_v_version_learning_path_to_learn" CASCADE;
  DROP TABLE "_guide_page_v_rels" CASCADE;
  ALTER TABLE "guide_page" DROP CONSTRAINT "guide_page_learning_path_faq_id_faqs_id_fk";
  
  ALTER TABLE "guide_page" DROP CONSTRAINT "guide_page_learning_path_transition_faq_id_faqs_id_fk";
  
  ALTER TABLE "_guide_page_v" DROP CONSTRAINT "_guide_page_v_version_learning_path_faq_id_faqs_id_fk";
  
  ALTER TABLE "_guide_page_v" DROP CONSTRAINT "_guide_page_v_version_learning_path_transition_faq_id_faqs_id_fk";
  
  DROP INDEX "guide_page_learning_path_learning_path_faq_idx";
  DROP INDEX "guide_page_learning_path_learning_path_transition_faq_idx";
  DROP INDEX "_guide_page_v_version_learning_path_version_learning_pat_idx";
  DROP INDEX "_guide_page_v_version_learning_path_version_learning_p_1_idx";
  ALTER TABLE "guide_page" DROP COLUMN "learning_path_faq_id";
  ALTER TABLE "guide_page" DROP COLUMN "learning_path_transition_faq_id";
  ALTER TABLE "_guide_page_v" DROP COLUMN "version_learning_path_faq_id";
  ALTER TABLE "_guide_page_v" DROP COLUMN "version_learning_path_transition_faq_id";
  ALTER TABLE "site_settings" DROP COLUMN "learning_path_page_title";
  ALTER TABLE "site_settings" DROP COLUMN "learning_path_page_description";
  ALTER TABLE "site_settings" DROP COLUMN "learning_path_page_transition_heading";
  ALTER TABLE "site_settings" DROP COLUMN "learning_path_page_carries_over_label";
  ALTER TABLE "site_settings" DROP COLUMN "learning_path_page_to_learn_label";
  ALTER TABLE "site_settings" DROP COLUMN "learning_path_page_answer_label";
  ALTER TABLE "site_settings" DROP COLUMN "learning_path_page_share_label";
  ALTER TABLE "site_settings" DROP COLUMN "learning_path_page_checklist_link";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_learning_path_page_title";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_learning_path_page_description";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_learning_path_page_transition_heading";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_learning_path_page_carries_over_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_learning_path_page_to_learn_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_learning_path_page_answer_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_learning_path_page_share_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_learning_path_page_checklist_link";`)
}
