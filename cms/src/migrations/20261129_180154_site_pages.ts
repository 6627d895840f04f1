import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_settings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__site_settings_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "site_settings_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"path" varchar
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"footer_text" varchar DEFAULT '',
  	"footer_as_of_label" varchar DEFAULT 'Figures as of',
  	"footer_sources_label" varchar DEFAULT 'Sources',
  	"footer_api_label" varchar DEFAULT 'Content API for developers',
  	"salaries_page_title" varchar DEFAULT 'Salary benchmarks',
  	"salaries_page_description" varchar DEFAULT 'MLOps salary benchmarks by experience level and by role, with the career stages in each band.',
  	"salaries_page_levels_heading" varchar DEFAULT 'By experience level',
  	"salaries_page_roles_heading" varchar DEFAULT 'By role',
  	"salaries_page_role_label" varchar DEFAULT 'Role',
  	"salaries_page_stages_heading" varchar DEFAULT 'Career stages by salary band',
  	"salaries_page_source_label" varchar DEFAULT 'Source',
  	"salaries_page_as_of_label" varchar DEFAULT 'As of',
  	"salaries_page_downloads_heading" varchar DEFAULT 'Download the data',
  	"skills_page_title" varchar DEFAULT 'Skills and tools',
  	"skills_page_description" varchar DEFAULT 'The skills and tools of MLOps by category, with the career stages and roles that use each.',
  	"skills_page_other_tools_heading" varchar DEFAULT 'Other tools in the guide',
  	"skills_page_category_label" varchar DEFAULT 'Category',
  	"skills_page_stages_heading" varchar DEFAULT 'Career stages that need it',
  	"skills_page_roles_heading" varchar DEFAULT 'Roles that use it',
  	"skills_page_none_label" varchar DEFAULT 'Not named by a career stage or role yet.',
  	"_status" "enum_site_settings_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_site_settings_v_version_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"path" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_site_settings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_footer_text" varchar DEFAULT '',
  	"version_footer_as_of_label" varchar DEFAULT 'Figures as of',
  	"version_footer_sources_label" varchar DEFAULT 'Sources',
  	"version_footer_api_label" varchar DEFAULT 'Content API for developers',
  	"version_salaries_page_title" varchar DEFAULT 'Salary benchmarks',
  	"version_salaries_page_description" varchar DEFAULT 'MLOps salary benchmarks by experience level and by role, with the career stages in each band.',
  	"version_salaries_page_levels_heading" varchar DEFAULT 'By experience level',
  	"version_salaries_page_roles_heading" varchar DEFAULT 'By role',
  	"version_salaries_page_role_label" varchar DEFAULT 'Role',
  	"version_salaries_page_stages_heading" varchar DEFAULT 'Career stages by salary band',
  	"version_salaries_page_source_label" varchar DEFAULT 'Source',
  	"version_salaries_page_as_of_label" varchar DEFAULT 'As of',
  	"version_salaries_page_downloads_heading" varchar DEFAULT 'Download the data',
  	"version_skills_page_title" varchar DEFAULT 'Skills and tools',
  	"version_skills_page_description" varchar DEFAULT 'The skills and tools of MLOps by category, with the career stages and roles that use each.',
  	"version_skills_page_other_tools_heading" varchar DEFAULT 'Other tools in the guide',
  	"version_skills_page_category_label" varchar DEFAULT 'Category',
  	"version_skills_page_stages_heading" varchar DEFAULT 'Career stages that need it',
  	"version_skills_page_roles_heading" varchar DEFAULT 'Roles that use it',
  	"version_skills_page_none_label" varchar DEFAULT 'Not named by a career stage or role yet.',
  	"version__status" "enum__site_settings_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  ALTER TABLE "roles" ADD COLUMN "source" varchar;
  ALTER TABLE "roles" ADD COLUMN "as_of" timestamp(3) with time zone;
  ALTER TABLE "_roles_v" ADD COLUMN "version_source" varchar;
  ALTER TABLE "_roles_v" ADD COLUMN "version_as_of" timestamp(3) with time zone;
  ALTER TABLE "site_settings_navigation" ADD CONSTRAINT "site_settings_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_site_settings_v_version_navigation" ADD CONSTRAINT "_site_settings_v_version_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_site_settings_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_settings_navigation_order_idx" ON "site_settings_navigation" USING btree ("_order");
  CREATE INDEX "site_settings_navigation_parent_id_idx" ON "site_settings_navigation" USING btree ("_parent_id");
  CREATE INDEX "site_settings__status_idx" ON "site_settings" USING btree ("_status");
  CREATE INDEX "_site_settings_v_version_navigation_order_idx" ON "_site_settings_v_version_navigation" USING btree ("_order");
  CREATE INDEX "_site_settings_v_version_navigation_parent_id_idx" ON "_site_settings_v_version_navigation" USING btree ("_parent_id");
  CREATE INDEX "_site_settings_v_version_version__status_idx" ON "_site_settings_v" USING btree ("version__status");
  CREATE INDEX "_site_settings_v_created_at_idx" ON "_site_settings_v" USING btree ("created_at");
  CREATE INDEX "_site_settings_v_updated_at_idx" ON "_site_settings_v" USING btree ("updated_at");
  CREATE INDEX "_site_settings_v_latest_idx" ON "_site_settings_v" USING btree ("latest");
  CREATE INDEX "_site_settings_v_autosave_idx" ON "_site_settings_v" USING btree ("autosave");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "site_settings_navigation" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "_site_settings_v_version_navigation" CASCADE;
  DROP TABLE "_site_settings_v" CASCADE;
  ALTER TABLE "roles" DROP COLUMN "source";
  ALTER TABLE "roles" DROP COLUMN "as_of";
  ALTER TABLE "_roles_v" DROP COLUMN "version_source";
  ALTER TABLE "_roles_v" DROP COLUMN "version_as_of";
  DROP TYPE "public"."enum_site_settings_status";
  DROP TYPE "public"."enum__site_settings_v_version_status";`)
}
