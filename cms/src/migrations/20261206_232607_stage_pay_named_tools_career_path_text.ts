import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "career_stages" ADD COLUMN "salary_band_reason" varchar;
  ALTER TABLE "_career_stages_v" ADD COLUMN "version_salary_band_reason" varchar;
  ALTER TABLE "tools" ADD COLUMN "named_in_id" integer;
  ALTER TABLE "_tools_v" ADD COLUMN "version_named_in_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_title" varchar DEFAULT 'Career path';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_description" varchar DEFAULT 'The MLOps career path stage by stage: years of experience, pay and key skills.';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_stage_label" varchar DEFAULT 'Stage';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_years_label" varchar DEFAULT 'Years';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_pay_label" varchar DEFAULT 'Pay';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_pay_from_years" varchar DEFAULT '{years} spans {bands}: {range}';
  ALTER TABLE "site_settings" ADD COLUMN "career_path_page_path_heading" varchar DEFAULT 'Where this stage sits on the path';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_title" varchar DEFAULT 'Career path';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_description" varchar DEFAULT 'The MLOps career path stage by stage: years of experience, pay and key skills.';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_stage_label" varchar DEFAULT 'Stage';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_years_label" varchar DEFAULT 'Years';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_pay_label" varchar DEFAULT 'Pay';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_pay_from_years" varchar DEFAULT '{years} spans {bands}: {range}';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_career_path_page_path_heading" varchar DEFAULT 'Where this stage sits on the path';
  ALTER TABLE "tools" ADD CONSTRAINT "tools_named_in_id_tools_id_fk" FOREIGN KEY ("named_in_id") REFERENCES "public"."tools"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tools_v" ADD CONSTRAINT "_tools_v_version_named_in_id_tools_id_fk" FOREIGN KEY ("version_named_in_id") REFERENCES "public"."tools"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "tools_named_in_idx" ON "tools" USING btree ("named_in_id");
  CREATE INDEX "_tools_v_version_version_named_in_idx" ON "_tools_v" USING btree ("version_named_in_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tools" DROP CONSTRAINT "tools_named_in_id_tools_id_fk";
  
  ALTER TABLE "_tools_v" DROP CONSTRAINT "_tools_v_version_named_in_id_tools_id_fk";
  
  DROP INDEX "tools_named_in_idx";
  DROP INDEX "_tools_v_version_version_named_in_idx";
  ALTER TABLE "career_stages" DROP COLUMN "salary_band_reason";
  ALTER TABLE "_career_stages_v" DROP COLUMN "version_salary_band_reason";
  ALTER TABLE "tools" DROP COLUMN "named_in_id";
  ALTER TABLE "_tools_v" DROP COLUMN "version_named_in_id";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_title";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_description";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_stage_label";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_years_label";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_pay_label";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_pay_from_years";
  ALTER TABLE "site_settings" DROP COLUMN "career_path_page_path_heading";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_title";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_description";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_stage_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_years_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_pay_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_pay_from_years";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_career_path_page_path_heading";`)
}
