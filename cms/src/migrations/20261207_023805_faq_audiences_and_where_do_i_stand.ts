import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "faqs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"career_stages_id" integer,
  	"roles_id" integer
  );
  
  CREATE TABLE "_faqs_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"career_stages_id" integer,
  	"roles_id" integer
  );
  
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_next_heading" varchar DEFAULT 'What to learn next';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_next_from" varchar DEFAULT 'Derived from the key skills of the next stage, {next}, that neither this stage nor an earlier one lists.';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_answers_heading" varchar DEFAULT 'The guide answers';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_stand_heading" varchar DEFAULT 'Where do I stand?';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_years_field" varchar DEFAULT 'Years of experience';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_from_field" varchar DEFAULT 'The role you come from (optional)';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_no_role" varchar DEFAULT 'Not given';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_stand_button" varchar DEFAULT 'Show my stage';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_years_problem" varchar DEFAULT 'enter a whole number from 0 to 60';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_from_problem" varchar DEFAULT 'choose one of the roles listed, or none';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_repeated_problem" varchar DEFAULT 'give it once';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_stand_answer" varchar DEFAULT 'With {years} years of experience';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_no_stage" varchar DEFAULT 'No stage of the path spans these years.';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_next_heading" varchar DEFAULT 'What to learn next';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_next_from" varchar DEFAULT 'Derived from the key skills of the next stage, {next}, that neither this stage nor an earlier one lists.';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_answers_heading" varchar DEFAULT 'The guide answers';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_stand_heading" varchar DEFAULT 'Where do I stand?';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_years_field" varchar DEFAULT 'Years of experience';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_from_field" varchar DEFAULT 'The role you come from (optional)';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_no_role" varchar DEFAULT 'Not given';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_stand_button" varchar DEFAULT 'Show my stage';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_years_problem" varchar DEFAULT 'enter a whole number from 0 to 60';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_from_problem" varchar DEFAULT 'choose one of the roles listed, or none';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_repeated_problem" varchar DEFAULT 'give it once';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_stand_answer" varchar DEFAULT 'With {years} years of experience';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_no_stage" varchar DEFAULT 'No stage of the path spans these years.';
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_career_stages_fk" FOREIGN KEY ("career_stages_id") REFERENCES "public"."career_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "faqs_rels" ADD CONSTRAINT "faqs_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_faqs_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_career_stages_fk" FOREIGN KEY ("career_stages_id") REFERENCES "public"."career_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_faqs_v_rels" ADD CONSTRAINT "_faqs_v_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "faqs_rels_order_idx" ON "faqs_rels" USING btree ("order");
  CREATE INDEX "faqs_rels_parent_idx" ON "faqs_rels" USING btree ("parent_id");
  CREATE INDEX "faqs_rels_path_idx" ON "faqs_rels" USING btree ("path");
  CREATE INDEX "faqs_rels_career_stages_id_idx" ON "faqs_rels" USING btree ("career_stages_id");
  CREATE INDEX "faqs_rels_roles_id_idx" ON "faqs_rels" USING btree ("roles_id");
  CREATE INDEX "_faqs_v_rels_order_idx" ON "_faqs_v_rels" USING btree ("order");
  CREATE INDEX "_faqs_v_rels_parent_idx" ON "_faqs_v_rels" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_rels_path_idx" ON "_faqs_v_rels" USING btree ("path");
  CREATE INDEX "_faqs_v_rels_career_stages_id_idx" ON "_faqs_v_rels" USING btree ("career_stages_id");
  CREATE INDEX "_faqs_v_rels_roles_id_idx" ON "_faqs_v_rels" USING btree ("roles_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "faqs_rels" CASCADE;
  DROP TABLE "_faqs_v_rels" CASCADE;
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_next_heading";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_next_from";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_answers_heading";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_stand_heading";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_years_field";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_from_field";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_no_role";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_stand_button";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_years_problem";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_from_problem";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_repeated_problem";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_stand_answer";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_no_stage";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_next_heading";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_next_from";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_answers_heading";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_stand_heading";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_years_field";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_from_field";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_no_role";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_stand_button";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_years_problem";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_from_problem";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_repeated_problem";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_stand_answer";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_no_stage";`)
}
