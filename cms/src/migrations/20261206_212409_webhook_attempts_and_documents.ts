import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "webhook_subscribers_rels" (
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
  	"faqs_id" integer
  );
  
  CREATE TABLE "webhook_deliveries_attempt_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"ms" numeric,
  	"status" numeric,
  	"error" varchar,
  	"response" varchar
  );
  
  ALTER TABLE "webhook_subscribers_rels" ADD CONSTRAINT "webhook_subscribers_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhook_subscribers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_subscribers_rels" ADD CONSTRAINT "webhook_subscribers_rels_career_stages_fk" FOREIGN KEY ("career_stages_id") REFERENCES "public"."career_stages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_subscribers_rels" ADD CONSTRAINT "webhook_subscribers_rels_salary_bands_fk" FOREIGN KEY ("salary_bands_id") REFERENCES "public"."salary_bands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_subscribers_rels" ADD CONSTRAINT "webhook_subscribers_rels_roles_fk" FOREIGN KEY ("roles_id") REFERENCES "public"."roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_subscribers_rels" ADD CONSTRAINT "webhook_subscribers_rels_tool_categories_fk" FOREIGN KEY ("tool_categories_id") REFERENCES "public"."tool_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_subscribers_rels" ADD CONSTRAINT "webhook_subscribers_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_subscribers_rels" ADD CONSTRAINT "webhook_subscribers_rels_company_groups_fk" FOREIGN KEY ("company_groups_id") REFERENCES "public"."company_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_subscribers_rels" ADD CONSTRAINT "webhook_subscribers_rels_companies_fk" FOREIGN KEY ("companies_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_subscribers_rels" ADD CONSTRAINT "webhook_subscribers_rels_faqs_fk" FOREIGN KEY ("faqs_id") REFERENCES "public"."faqs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries_attempt_log" ADD CONSTRAINT "webhook_deliveries_attempt_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "webhook_subscribers_rels_order_idx" ON "webhook_subscribers_rels" USING btree ("order");
  CREATE INDEX "webhook_subscribers_rels_parent_idx" ON "webhook_subscribers_rels" USING btree ("parent_id");
  CREATE INDEX "webhook_subscribers_rels_path_idx" ON "webhook_subscribers_rels" USING btree ("path");
  CREATE INDEX "webhook_subscribers_rels_career_stages_id_idx" ON "webhook_subscribers_rels" USING btree ("career_stages_id");
  CREATE INDEX "webhook_subscribers_rels_salary_bands_id_idx" ON "webhook_subscribers_rels" USING btree ("salary_bands_id");
  CREATE INDEX "webhook_subscribers_rels_roles_id_idx" ON "webhook_subscribers_rels" USING btree ("roles_id");
  CREATE INDEX "webhook_subscribers_rels_tool_categories_id_idx" ON "webhook_subscribers_rels" USING btree ("tool_categories_id");
  CREATE INDEX "webhook_subscribers_rels_tools_id_idx" ON "webhook_subscribers_rels" USING btree ("tools_id");
  CREATE INDEX "webhook_subscribers_rels_company_groups_id_idx" ON "webhook_subscribers_rels" USING btree ("company_groups_id");
  CREATE INDEX "webhook_subscribers_rels_companies_id_idx" ON "webhook_subscribers_rels" USING btree ("companies_id");
  CREATE INDEX "webhook_subscribers_rels_faqs_id_idx" ON "webhook_subscribers_rels" USING btree ("faqs_id");
  CREATE INDEX "webhook_deliveries_attempt_log_order_idx" ON "webhook_deliveries_attempt_log" USING btree ("_order");
  CREATE INDEX "webhook_deliveries_attempt_log_parent_id_idx" ON "webhook_deliveries_attempt_log" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "webhook_subscribers_rels" CASCADE;
  DROP TABLE "webhook_deliveries_attempt_log" CASCADE;`)
}
