import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_career_stages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__career_stages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_salary_bands_currency" AS ENUM('USD', 'EUR', 'GBP');
  CREATE TYPE "public"."enum_salary_bands_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__salary_bands_v_version_currency" AS ENUM('USD', 'EUR', 'GBP');
  CREATE TYPE "public"."enum__salary_bands_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_roles_currency" AS ENUM('USD', 'EUR', 'GBP');
  CREATE TYPE "public"."enum_roles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__roles_v_version_currency" AS ENUM('USD', 'EUR', 'GBP');
  CREATE TYPE "public"."enum__roles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_tool_categories_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__tool_categories_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_tools_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__tools_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_company_groups_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__company_groups_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_companies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__companies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_faqs_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__faqs_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'contributor');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_guide_page_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__guide_page_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "career_stages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"years_from" numeric,
  	"years_to" numeric,
  	"summary" varchar,
  	"salary_band_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_career_stages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "career_stages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tools_id" integer
  );
  
  CREATE TABLE "_career_stages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_years_from" numeric,
  	"version_years_to" numeric,
  	"version_summary" varchar,
  	"version_salary_band_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__career_stages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_career_stages_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tools_id" integer
  );
  
  CREATE TABLE "salary_bands" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"level" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"years_from" numeric,
  	"years_to" numeric,
  	"min_salary" numeric,
  	"max_salary" numeric,
  	"currency" "enum_salary_bands_currency" DEFAULT 'USD',
  	"open_ended" boolean DEFAULT false,
  	"source" varchar,
  	"as_of" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_salary_bands_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_salary_bands_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_level" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_years_from" numeric,
  	"version_years_to" numeric,
  	"version_min_salary" numeric,
  	"version_max_salary" numeric,
  	"version_currency" "enum__salary_bands_v_version_currency" DEFAULT 'USD',
  	"version_open_ended" boolean DEFAULT false,
  	"version_source" varchar,
  	"version_as_of" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__salary_bands_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "roles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"name" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"primary_focus" varchar,
  	"data_handling" varchar,
  	"testing" varchar,
  	"monitoring" varchar,
  	"min_salary" numeric,
  	"max_salary" numeric,
  	"currency" "enum_roles_currency" DEFAULT 'USD',
  	"open_ended" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_roles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "roles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tools_id" integer
  );
  
  CREATE TABLE "_roles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_name" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_primary_focus" varchar,
  	"version_data_handling" varchar,
  	"version_testing" varchar,
  	"version_monitoring" varchar,
  	"version_min_salary" numeric,
  	"version_max_salary" numeric,
  	"version_currency" "enum__roles_v_version_currency" DEFAULT 'USD',
  	"version_open_ended" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__roles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_roles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"tools_id" integer
  );
  
  CREATE TABLE "tool_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_tool_categories_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_tool_categories_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__tool_categories_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "tools" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"name" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"short_name" varchar,
  	"category_id" integer,
  	"skill_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_tools_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_tools_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_name" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_short_name" varchar,
  	"version_category_id" integer,
  	"version_skill_text" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__tools_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "company_groups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"title" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_company_groups_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_company_groups_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_title" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_description" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__company_groups_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "companies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"name" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"group_id" integer,
  	"website" varchar,
  	"source" varchar,
  	"as_of" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_companies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_companies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_name" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_group_id" integer,
  	"version_website" varchar,
  	"version_source" varchar,
  	"version_as_of" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__companies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "faqs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"_order" varchar,
  	"question" varchar,
  	"generate_slug" boolean DEFAULT true,
  	"slug" varchar,
  	"answer" jsonb,
  	"answer_html" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_faqs_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_faqs_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version__order" varchar,
  	"version_question" varchar,
  	"version_generate_slug" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_answer" jsonb,
  	"version_answer_html" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__faqs_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"prefix" varchar DEFAULT 'media',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "api_clients" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"contact" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"career_stages_id" integer,
  	"salary_bands_id" integer,
  	"roles_id" integer,
  	"tool_categories_id" integer,
  	"tools_id" integer,
  	"company_groups_id" integer,
  	"companies_id" integer,
  	"faqs_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"api_clients_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"api_clients_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "guide_page_what_responsibilities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "guide_page_next_steps_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"description" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "guide_page" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_title" varchar,
  	"hero_subtitle" varchar,
  	"why_heading" varchar DEFAULT 'Why MLOps?',
  	"why_body" jsonb,
  	"why_body_html" varchar,
  	"what_heading" varchar DEFAULT 'What is MLOps?',
  	"what_intro" varchar,
  	"comparison_heading" varchar DEFAULT 'MLOps vs DevOps vs ML Engineer',
  	"comparison_intro" varchar,
  	"comparison_row_labels_aspect" varchar DEFAULT 'Aspect',
  	"comparison_row_labels_primary_focus" varchar DEFAULT 'Primary focus',
  	"comparison_row_labels_key_tools" varchar DEFAULT 'Key tools',
  	"comparison_row_labels_data_handling" varchar DEFAULT 'Data handling',
  	"comparison_row_labels_testing" varchar DEFAULT 'Testing',
  	"comparison_row_labels_monitoring" varchar DEFAULT 'Monitoring',
  	"comparison_row_labels_typical_salary" varchar DEFAULT 'Typical salary',
  	"skills_heading" varchar DEFAULT 'Core Skills',
  	"skills_intro" varchar,
  	"career_path_heading" varchar DEFAULT 'Career Path',
  	"career_path_intro" varchar,
  	"companies_heading" varchar DEFAULT 'Top Companies Hiring MLOps',
  	"companies_footnote" jsonb,
  	"companies_footnote_html" varchar,
  	"salaries_heading" varchar DEFAULT 'Salary by Experience',
  	"salaries_level_label" varchar DEFAULT 'Level',
  	"salaries_range_label" varchar DEFAULT 'Base Salary Range',
  	"salaries_footnote" jsonb,
  	"salaries_footnote_html" varchar,
  	"faq_heading" varchar DEFAULT 'Frequently Asked Questions',
  	"next_steps_heading" varchar DEFAULT 'Next Steps',
  	"labels_all_skills" varchar DEFAULT 'All',
  	"labels_salary_band" varchar DEFAULT 'Salary band',
  	"labels_key_skills" varchar DEFAULT 'Key skills',
  	"labels_timeline_axis" varchar DEFAULT 'Years of experience',
  	"_status" "enum_guide_page_status" DEFAULT 'draft',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_guide_page_v_version_what_responsibilities" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guide_page_v_version_next_steps_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"description" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guide_page_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_hero_title" varchar,
  	"version_hero_subtitle" varchar,
  	"version_why_heading" varchar DEFAULT 'Why MLOps?',
  	"version_why_body" jsonb,
  	"version_why_body_html" varchar,
  	"version_what_heading" varchar DEFAULT 'What is MLOps?',
  	"version_what_intro" varchar,
  	"version_comparison_heading" varchar DEFAULT 'MLOps vs DevOps vs ML Engineer',
  	"version_comparison_intro" varchar,
  	"version_comparison_row_labels_aspect" varchar DEFAULT 'Aspect',
  	"version_comparison_row_labels_primary_focus" varchar DEFAULT 'Primary focus',
  	"version_comparison_row_labels_key_tools" varchar DEFAULT 'Key tools',
  	"version_comparison_row_labels_data_handling" varchar DEFAULT 'Data handling',
  	"version_comparison_row_labels_testing" varchar DEFAULT 'Testing',
  	"version_comparison_row_labels_monitoring" varchar DEFAULT 'Monitoring',
  	"version_comparison_row_labels_typical_salary" varchar DEFAULT 'Typical salary',
  	"version_skills_heading" varchar DEFAULT 'Core Skills',
  	"version_skills_intro" varchar,
  	"version_career_path_heading" varchar DEFAULT 'Career Path',
  	"version_career_path_intro" varchar,
  	"version_companies_heading" varchar DEFAULT 'Top Companies Hiring MLOps',
  	"version_companies_footnote" jsonb,
  	"version_companies_footnote_html" varchar,
  	"version_salaries_heading" varchar DEFAULT 'Salary by Experience',
  	"version_salaries_level_label" varchar DEFAULT 'Level',
  	"version_salaries_range_label" varchar DEFAULT 'Base Salary Range',
  	"version_salaries_footnote" jsonb,
  	"version_salaries_footnote_html" varchar,
  	"version_faq_heading" varchar DEFAULT 'Frequently Asked Questions',
  	"version_next_steps_heading" varchar DEFAULT 'Next Steps',
  	"version_labels_all_skills" varchar DEFAULT 'All',
  	"version_labels_salary_band" varchar DEFAULT 'Salary band',
  	"version_labels_key_skills" varchar DEFAULT 'Key skills',
  	"version_labels_timeline_axis" varchar DEFAULT 'Years of experience',
  	"version__status" "enum__guide_page_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  ALTER TABLE "career_stages" ADD CONSTRAINT "career_stages_salary_band_id_salary_bands_id_fk" FOREIGN KEY ("salary_band_id") REFERENCES "public"."salary_bands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "career_stages_rels" ADD CONSTRAINT "career_stages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."career_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "career_stages_rels" ADD CONSTRAINT "career_stages_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_career_stages_v" ADD CONSTRAINT "_career_stages_v_parent_id_career_stages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."career_stages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_career_stages_v" ADD CONSTRAINT "_career_stages_v_version_salary_band_id_salary_bands_id_fk" FOREIGN KEY ("version_salary_band_id") REFERENCES "public"."salary_bands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_career_stages_v_rels" ADD CONSTRAINT "_career_stages_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_career_stages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_career_stages_v_rels" ADD CONSTRAINT "_career_stages_v_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_salary_bands_v" ADD CONSTRAINT "_salary_bands_v_parent_id_salary_bands_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."salary_bands"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "roles_rels" ADD CONSTRAINT "roles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "roles_rels" ADD CONSTRAINT "roles_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roles_v" ADD CONSTRAINT "_roles_v_parent_id_roles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."roles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_roles_v_rels" ADD CONSTRAINT "_roles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_roles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_roles_v_rels" ADD CONSTRAINT "_roles_v_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tool_categories_v" ADD CONSTRAINT "_tool_categories_v_parent_id_tool_categories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tool_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tools" ADD CONSTRAINT "tools_category_id_tool_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."tool_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tools_v" ADD CONSTRAINT "_tools_v_parent_id_tools_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tools"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tools_v" ADD CONSTRAINT "_tools_v_version_category_id_tool_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."tool_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_company_groups_v" ADD CONSTRAINT "_company_groups_v_parent_id_company_groups_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."company_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "companies" ADD CONSTRAINT "companies_group_id_company_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."company_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_companies_v" ADD CONSTRAINT "_companies_v_parent_id_companies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_companies_v" ADD CONSTRAINT "_companies_v_version_group_id_company_groups_id_fk" FOREIGN KEY ("version_group_id") REFERENCES "public"."company_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_parent_id_faqs_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."faqs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_career_stages_fk" FOREIGN KEY ("career_stages_id") REFERENCES "public"."career_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_salary_bands_fk" FOREIGN KEY ("salary_bands_id") REFERENCES "public"."salary_bands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tool_categories_fk" FOREIGN KEY ("tool_categories_id") REFERENCES "public"."tool_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_company_groups_fk" FOREIGN KEY ("company_groups_id") REFERENCES "public"."company_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_companies_fk" FOREIGN KEY ("companies_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_api_clients_fk" FOREIGN KEY ("api_clients_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_api_clients_fk" FOREIGN KEY ("api_clients_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_page_what_responsibilities" ADD CONSTRAINT "guide_page_what_responsibilities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guide_page"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guide_page_next_steps_links" ADD CONSTRAINT "guide_page_next_steps_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guide_page"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_page_v_version_what_responsibilities" ADD CONSTRAINT "_guide_page_v_version_what_responsibilities_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guide_page_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guide_page_v_version_next_steps_links" ADD CONSTRAINT "_guide_page_v_version_next_steps_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guide_page_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "career_stages__order_idx" ON "career_stages" USING btree ("_order");
  CREATE UNIQUE INDEX "career_stages_slug_idx" ON "career_stages" USING btree ("slug");
  CREATE INDEX "career_stages_salary_band_idx" ON "career_stages" USING btree ("salary_band_id");
  CREATE INDEX "career_stages_updated_at_idx" ON "career_stages" USING btree ("updated_at");
  CREATE INDEX "career_stages_created_at_idx" ON "career_stages" USING btree ("created_at");
  CREATE INDEX "career_stages__status_idx" ON "career_stages" USING btree ("_status");
  CREATE INDEX "career_stages_rels_order_idx" ON "career_stages_rels" USING btree ("order");
  CREATE INDEX "career_stages_rels_parent_idx" ON "career_stages_rels" USING btree ("parent_id");
  CREATE INDEX "career_stages_rels_path_idx" ON "career_stages_rels" USING btree ("path");
  CREATE INDEX "career_stages_rels_tools_id_idx" ON "career_stages_rels" USING btree ("tools_id");
  CREATE INDEX "_career_stages_v_parent_idx" ON "_career_stages_v" USING btree ("parent_id");
  CREATE INDEX "_career_stages_v_version_version__order_idx" ON "_career_stages_v" USING btree ("version__order");
  CREATE INDEX "_career_stages_v_version_version_slug_idx" ON "_career_stages_v" USING btree ("version_slug");
  CREATE INDEX "_career_stages_v_version_version_salary_band_idx" ON "_career_stages_v" USING btree ("version_salary_band_id");
  CREATE INDEX "_career_stages_v_version_version_updated_at_idx" ON "_career_stages_v" USING btree ("version_updated_at");
  CREATE INDEX "_career_stages_v_version_version_created_at_idx" ON "_career_stages_v" USING btree ("version_created_at");
  CREATE INDEX "_career_stages_v_version_version__status_idx" ON "_career_stages_v" USING btree ("version__status");
  CREATE INDEX "_career_stages_v_created_at_idx" ON "_career_stages_v" USING btree ("created_at");
  CREATE INDEX "_career_stages_v_updated_at_idx" ON "_career_stages_v" USING btree ("updated_at");
  CREATE INDEX "_career_stages_v_latest_idx" ON "_career_stages_v" USING btree ("latest");
  CREATE INDEX "_career_stages_v_autosave_idx" ON "_career_stages_v" USING btree ("autosave");
  CREATE INDEX "_career_stages_v_rels_order_idx" ON "_career_stages_v_rels" USING btree ("order");
  CREATE INDEX "_career_stages_v_rels_parent_idx" ON "_career_stages_v_rels" USING btree ("parent_id");
  CREATE INDEX "_career_stages_v_rels_path_idx" ON "_career_stages_v_rels" USING btree ("path");
  CREATE INDEX "_career_stages_v_rels_tools_id_idx" ON "_career_stages_v_rels" USING btree ("tools_id");
  CREATE INDEX "salary_bands__order_idx" ON "salary_bands" USING btree ("_order");
  CREATE UNIQUE INDEX "salary_bands_slug_idx" ON "salary_bands" USING btree ("slug");
  CREATE INDEX "salary_bands_updated_at_idx" ON "salary_bands" USING btree ("updated_at");
  CREATE INDEX "salary_bands_created_at_idx" ON "salary_bands" USING btree ("created_at");
  CREATE INDEX "salary_bands__status_idx" ON "salary_bands" USING btree ("_status");
  CREATE INDEX "_salary_bands_v_parent_idx" ON "_salary_bands_v" USING btree ("parent_id");
  CREATE INDEX "_salary_bands_v_version_version__order_idx" ON "_salary_bands_v" USING btree ("version__order");
  CREATE INDEX "_salary_bands_v_version_version_slug_idx" ON "_salary_bands_v" USING btree ("version_slug");
  CREATE INDEX "_salary_bands_v_version_version_updated_at_idx" ON "_salary_bands_v" USING btree ("version_updated_at");
  CREATE INDEX "_salary_bands_v_version_version_created_at_idx" ON "_salary_bands_v" USING btree ("version_created_at");
  CREATE INDEX "_salary_bands_v_version_version__status_idx" ON "_salary_bands_v" USING btree ("version__status");
  CREATE INDEX "_salary_bands_v_created_at_idx" ON "_salary_bands_v" USING btree ("created_at");
  CREATE INDEX "_salary_bands_v_updated_at_idx" ON "_salary_bands_v" USING btree ("updated_at");
  CREATE INDEX "_salary_bands_v_latest_idx" ON "_salary_bands_v" USING btree ("latest");
  CREATE INDEX "_salary_bands_v_autosave_idx" ON "_salary_bands_v" USING btree ("autosave");
  CREATE INDEX "roles__order_idx" ON "roles" USING btree ("_order");
  CREATE UNIQUE INDEX "roles_slug_idx" ON "roles" USING btree ("slug");
  CREATE INDEX "roles_updated_at_idx" ON "roles" USING btree ("updated_at");
  CREATE INDEX "roles_created_at_idx" ON "roles" USING btree ("created_at");
  CREATE INDEX "roles__status_idx" ON "roles" USING btree ("_status");
  CREATE INDEX "roles_rels_order_idx" ON "roles_rels" USING btree ("order");
  CREATE INDEX "roles_rels_parent_idx" ON "roles_rels" USING btree ("parent_id");
  CREATE INDEX "roles_rels_path_idx" ON "roles_rels" USING btree ("path");
  CREATE INDEX "roles_rels_tools_id_idx" ON "roles_rels" USING btree ("tools_id");
  CREATE INDEX "_roles_v_parent_idx" ON "_roles_v" USING btree ("parent_id");
  CREATE INDEX "_roles_v_version_version__order_idx" ON "_roles_v" USING btree ("version__order");
  CREATE INDEX "_roles_v_version_version_slug_idx" ON "_roles_v" USING btree ("version_slug");
  CREATE INDEX "_roles_v_version_version_updated_at_idx" ON "_roles_v" USING btree ("version_updated_at");
  CREATE INDEX "_roles_v_version_version_created_at_idx" ON "_roles_v" USING btree ("version_created_at");
  CREATE INDEX "_roles_v_version_version__status_idx" ON "_roles_v" USING btree ("version__status");
  CREATE INDEX "_roles_v_created_at_idx" ON "_roles_v" USING btree ("created_at");
  CREATE INDEX "_roles_v_updated_at_idx" ON "_roles_v" USING btree ("updated_at");
  CREATE INDEX "_roles_v_latest_idx" ON "_roles_v" USING btree ("latest");
  CREATE INDEX "_roles_v_autosave_idx" ON "_roles_v" USING btree ("autosave");
  CREATE INDEX "_roles_v_rels_order_idx" ON "_roles_v_rels" USING btree ("order");
  CREATE INDEX "_roles_v_rels_parent_idx" ON "_roles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_roles_v_rels_path_idx" ON "_roles_v_rels" USING btree ("path");
  CREATE INDEX "_roles_v_rels_tools_id_idx" ON "_roles_v_rels" USING btree ("tools_id");
  CREATE INDEX "tool_categories__order_idx" ON "tool_categories" USING btree ("_order");
  CREATE UNIQUE INDEX "tool_categories_slug_idx" ON "tool_categories" USING btree ("slug");
  CREATE INDEX "tool_categories_updated_at_idx" ON "tool_categories" USING btree ("updated_at");
  CREATE INDEX "tool_categories_created_at_idx" ON "tool_categories" USING btree ("created_at");
  CREATE INDEX "tool_categories__status_idx" ON "tool_categories" USING btree ("_status");
  CREATE INDEX "_tool_categories_v_parent_idx" ON "_tool_categories_v" USING btree ("parent_id");
  CREATE INDEX "_tool_categories_v_version_version__order_idx" ON "_tool_categories_v" USING btree ("version__order");
  CREATE INDEX "_tool_categories_v_version_version_slug_idx" ON "_tool_categories_v" USING btree ("version_slug");
  CREATE INDEX "_tool_categories_v_version_version_updated_at_idx" ON "_tool_categories_v" USING btree ("version_updated_at");
  CREATE INDEX "_tool_categories_v_version_version_created_at_idx" ON "_tool_categories_v" USING btree ("version_created_at");
  CREATE INDEX "_tool_categories_v_version_version__status_idx" ON "_tool_categories_v" USING btree ("version__status");
  CREATE INDEX "_tool_categories_v_created_at_idx" ON "_tool_categories_v" USING btree ("created_at");
  CREATE INDEX "_tool_categories_v_updated_at_idx" ON "_tool_categories_v" USING btree ("updated_at");
  CREATE INDEX "_tool_categories_v_latest_idx" ON "_tool_categories_v" USING btree ("latest");
  CREATE INDEX "_tool_categories_v_autosave_idx" ON "_tool_categories_v" USING btree ("autosave");
  CREATE INDEX "tools__order_idx" ON "tools" USING btree ("_order");
  CREATE UNIQUE INDEX "tools_slug_idx" ON "tools" USING btree ("slug");
  CREATE INDEX "tools_category_idx" ON "tools" USING btree ("category_id");
  CREATE INDEX "tools_updated_at_idx" ON "tools" USING btree ("updated_at");
  CREATE INDEX "tools_created_at_idx" ON "tools" USING btree ("created_at");
  CREATE INDEX "tools__status_idx" ON "tools" USING btree ("_status");
  CREATE INDEX "_tools_v_parent_idx" ON "_tools_v" USING btree ("parent_id");
  CREATE INDEX "_tools_v_version_version__order_idx" ON "_tools_v" USING btree ("version__order");
  CREATE INDEX "_tools_v_version_version_slug_idx" ON "_tools_v" USING btree ("version_slug");
  CREATE INDEX "_tools_v_version_version_category_idx" ON "_tools_v" USING btree ("version_category_id");
  CREATE INDEX "_tools_v_version_version_updated_at_idx" ON "_tools_v" USING btree ("version_updated_at");
  CREATE INDEX "_tools_v_version_version_created_at_idx" ON "_tools_v" USING btree ("version_created_at");
  CREATE INDEX "_tools_v_version_version__status_idx" ON "_tools_v" USING btree ("version__status");
  CREATE INDEX "_tools_v_created_at_idx" ON "_tools_v" USING btree ("created_at");
  CREATE INDEX "_tools_v_updated_at_idx" ON "_tools_v" USING btree ("updated_at");
  CREATE INDEX "_tools_v_latest_idx" ON "_tools_v" USING btree ("latest");
  CREATE INDEX "_tools_v_autosave_idx" ON "_tools_v" USING btree ("autosave");
  CREATE INDEX "company_groups__order_idx" ON "company_groups" USING btree ("_order");
  CREATE UNIQUE INDEX "company_groups_slug_idx" ON "company_groups" USING btree ("slug");
  CREATE INDEX "company_groups_updated_at_idx" ON "company_groups" USING btree ("updated_at");
  CREATE INDEX "company_groups_created_at_idx" ON "company_groups" USING btree ("created_at");
  CREATE INDEX "company_groups__status_idx" ON "company_groups" USING btree ("_status");
  CREATE INDEX "_company_groups_v_parent_idx" ON "_company_groups_v" USING btree ("parent_id");
  CREATE INDEX "_company_groups_v_version_version__order_idx" ON "_company_groups_v" USING btree ("version__order");
  CREATE INDEX "_company_groups_v_version_version_slug_idx" ON "_company_groups_v" USING btree ("version_slug");
  CREATE INDEX "_company_groups_v_version_version_updated_at_idx" ON "_company_groups_v" USING btree ("version_updated_at");
  CREATE INDEX "_company_groups_v_version_version_created_at_idx" ON "_company_groups_v" USING btree ("version_created_at");
  CREATE INDEX "_company_groups_v_version_version__status_idx" ON "_company_groups_v" USING btree ("version__status");
  CREATE INDEX "_company_groups_v_created_at_idx" ON "_company_groups_v" USING btree ("created_at");
  CREATE INDEX "_company_groups_v_updated_at_idx" ON "_company_groups_v" USING btree ("updated_at");
  CREATE INDEX "_company_groups_v_latest_idx" ON "_company_groups_v" USING btree ("latest");
  CREATE INDEX "_company_groups_v_autosave_idx" ON "_company_groups_v" USING btree ("autosave");
  CREATE INDEX "companies__order_idx" ON "companies" USING btree ("_order");
  CREATE UNIQUE INDEX "companies_slug_idx" ON "companies" USING btree ("slug");
  CREATE INDEX "companies_group_idx" ON "companies" USING btree ("group_id");
  CREATE INDEX "companies_updated_at_idx" ON "companies" USING btree ("updated_at");
  CREATE INDEX "companies_created_at_idx" ON "companies" USING btree ("created_at");
  CREATE INDEX "companies__status_idx" ON "companies" USING btree ("_status");
  CREATE INDEX "_companies_v_parent_idx" ON "_companies_v" USING btree ("parent_id");
  CREATE INDEX "_companies_v_version_version__order_idx" ON "_companies_v" USING btree ("version__order");
  CREATE INDEX "_companies_v_version_version_slug_idx" ON "_companies_v" USING btree ("version_slug");
  CREATE INDEX "_companies_v_version_version_group_idx" ON "_companies_v" USING btree ("version_group_id");
  CREATE INDEX "_companies_v_version_version_updated_at_idx" ON "_companies_v" USING btree ("version_updated_at");
  CREATE INDEX "_companies_v_version_version_created_at_idx" ON "_companies_v" USING btree ("version_created_at");
  CREATE INDEX "_companies_v_version_version__status_idx" ON "_companies_v" USING btree ("version__status");
  CREATE INDEX "_companies_v_created_at_idx" ON "_companies_v" USING btree ("created_at");
  CREATE INDEX "_companies_v_updated_at_idx" ON "_companies_v" USING btree ("updated_at");
  CREATE INDEX "_companies_v_latest_idx" ON "_companies_v" USING btree ("latest");
  CREATE INDEX "_companies_v_autosave_idx" ON "_companies_v" USING btree ("autosave");
  CREATE INDEX "faqs__order_idx" ON "faqs" USING btree ("_order");
  CREATE UNIQUE INDEX "faqs_slug_idx" ON "faqs" USING btree ("slug");
  CREATE INDEX "faqs_updated_at_idx" ON "faqs" USING btree ("updated_at");
  CREATE INDEX "faqs_created_at_idx" ON "faqs" USING btree ("created_at");
  CREATE INDEX "faqs__status_idx" ON "faqs" USING btree ("_status");
  CREATE INDEX "_faqs_v_parent_idx" ON "_faqs_v" USING btree ("parent_id");
  CREATE INDEX "_faqs_v_version_version__order_idx" ON "_faqs_v" USING btree ("version__order");
  CREATE INDEX "_faqs_v_version_version_slug_idx" ON "_faqs_v" USING btree ("version_slug");
  CREATE INDEX "_faqs_v_version_version_updated_at_idx" ON "_faqs_v" USING btree ("version_updated_at");
  CREATE INDEX "_faqs_v_version_version_created_at_idx" ON "_faqs_v" USING btree ("version_created_at");
  CREATE INDEX "_faqs_v_version_version__status_idx" ON "_faqs_v" USING btree ("version__status");
  CREATE INDEX "_faqs_v_created_at_idx" ON "_faqs_v" USING btree ("created_at");
  CREATE INDEX "_faqs_v_updated_at_idx" ON "_faqs_v" USING btree ("updated_at");
  CREATE INDEX "_faqs_v_latest_idx" ON "_faqs_v" USING btree ("latest");
  CREATE INDEX "_faqs_v_autosave_idx" ON "_faqs_v" USING btree ("autosave");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "api_clients_updated_at_idx" ON "api_clients" USING btree ("updated_at");
  CREATE INDEX "api_clients_created_at_idx" ON "api_clients" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_career_stages_id_idx" ON "payload_locked_documents_rels" USING btree ("career_stages_id");
  CREATE INDEX "payload_locked_documents_rels_salary_bands_id_idx" ON "payload_locked_documents_rels" USING btree ("salary_bands_id");
  CREATE INDEX "payload_locked_documents_rels_roles_id_idx" ON "payload_locked_documents_rels" USING btree ("roles_id");
  CREATE INDEX "payload_locked_documents_rels_tool_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("tool_categories_id");
  CREATE INDEX "payload_locked_documents_rels_tools_id_idx" ON "payload_locked_documents_rels" USING btree ("tools_id");
  CREATE INDEX "payload_locked_documents_rels_company_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("company_groups_id");
  CREATE INDEX "payload_locked_documents_rels_companies_id_idx" ON "payload_locked_documents_rels" USING btree ("companies_id");
  CREATE INDEX "payload_locked_documents_rels_faqs_id_idx" ON "payload_locked_documents_rels" USING btree ("faqs_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_api_clients_id_idx" ON "payload_locked_documents_rels" USING btree ("api_clients_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_rels_api_clients_id_idx" ON "payload_preferences_rels" USING btree ("api_clients_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "guide_page_what_responsibilities_order_idx" ON "guide_page_what_responsibilities" USING btree ("_order");
  CREATE INDEX "guide_page_what_responsibilities_parent_id_idx" ON "guide_page_what_responsibilities" USING btree ("_parent_id");
  CREATE INDEX "guide_page_next_steps_links_order_idx" ON "guide_page_next_steps_links" USING btree ("_order");
  CREATE INDEX "guide_page_next_steps_links_parent_id_idx" ON "guide_page_next_steps_links" USING btree ("_parent_id");
  CREATE INDEX "guide_page__status_idx" ON "guide_page" USING btree ("_status");
  CREATE INDEX "_guide_page_v_version_what_responsibilities_order_idx" ON "_guide_page_v_version_what_responsibilities" USING btree ("_order");
  CREATE INDEX "_guide_page_v_version_what_responsibilities_parent_id_idx" ON "_guide_page_v_version_what_responsibilities" USING btree ("_parent_id");
  CREATE INDEX "_guide_page_v_version_next_steps_links_order_idx" ON "_guide_page_v_version_next_steps_links" USING btree ("_order");
  CREATE INDEX "_guide_page_v_version_next_steps_links_parent_id_idx" ON "_guide_page_v_version_next_steps_links" USING btree ("_parent_id");
  CREATE INDEX "_guide_page_v_version_version__status_idx" ON "_guide_page_v" USING btree ("version__status");
  CREATE INDEX "_guide_page_v_created_at_idx" ON "_guide_page_v" USING btree ("created_at");
  CREATE INDEX "_guide_page_v_updated_at_idx" ON "_guide_page_v" USING btree ("updated_at");
  CREATE INDEX "_guide_page_v_latest_idx" ON "_guide_page_v" USING btree ("latest");
  CREATE INDEX "_guide_page_v_autosave_idx" ON "_guide_page_v" USING btree ("autosave");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "career_stages" CASCADE;
  DROP TABLE "career_stages_rels" CASCADE;
  DROP TABLE "_career_stages_v" CASCADE;
  DROP TABLE "_career_stages_v_rels" CASCADE;
  DROP TABLE "salary_bands" CASCADE;
  DROP TABLE "_salary_bands_v" CASCADE;
  DROP TABLE "roles" CASCADE;
  DROP TABLE "roles_rels" CASCADE;
  DROP TABLE "_roles_v" CASCADE;
  DROP TABLE "_roles_v_rels" CASCADE;
  DROP TABLE "tool_categories" CASCADE;
  DROP TABLE "_tool_categories_v" CASCADE;
  DROP TABLE "tools" CASCADE;
  DROP TABLE "_tools_v" CASCADE;
  DROP TABLE "company_groups" CASCADE;
  DROP TABLE "_company_groups_v" CASCADE;
  DROP TABLE "companies" CASCADE;
  DROP TABLE "_companies_v" CASCADE;
  DROP TABLE "faqs" CASCADE;
  DROP TABLE "_faqs_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "api_clients" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "guide_page_what_responsibilities" CASCADE;
  DROP TABLE "guide_page_next_steps_links" CASCADE;
  DROP TABLE "guide_page" CASCADE;
  DROP TABLE "_guide_page_v_version_what_responsibilities" CASCADE;
  DROP TABLE "_guide_page_v_version_next_steps_links" CASCADE;
  DROP TABLE "_guide_page_v" CASCADE;
  DROP TYPE "public"."enum_career_stages_status";
  DROP TYPE "public"."enum__career_stages_v_version_status";
  DROP TYPE "public"."enum_salary_bands_currency";
  DROP TYPE "public"."enum_salary_bands_status";
  DROP TYPE "public"."enum__salary_bands_v_version_currency";
  DROP TYPE "public"."enum__salary_bands_v_version_status";
  DROP TYPE "public"."enum_roles_currency";
  DROP TYPE "public"."enum_roles_status";
  DROP TYPE "public"."enum__roles_v_version_currency";
  DROP TYPE "public"."enum__roles_v_version_status";
  DROP TYPE "public"."enum_tool_categories_status";
  DROP TYPE "public"."enum__tool_categories_v_version_status";
  DROP TYPE "public"."enum_tools_status";
  DROP TYPE "public"."enum__tools_v_version_status";
  DROP TYPE "public"."enum_company_groups_status";
  DROP TYPE "public"."enum__company_groups_v_version_status";
  DROP TYPE "public"."enum_companies_status";
  DROP TYPE "public"."enum__companies_v_version_status";
  DROP TYPE "public"."enum_faqs_status";
  DROP TYPE "public"."enum__faqs_v_version_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_guide_page_status";
  DROP TYPE "public"."enum__guide_page_v_version_status";`)
}
