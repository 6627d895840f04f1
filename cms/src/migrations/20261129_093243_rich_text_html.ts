import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "faqs" ADD COLUMN "answer_html" varchar;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_answer_html" varchar;
  ALTER TABLE "guide_page" ADD COLUMN "why_body_html" varchar;
  ALTER TABLE "guide_page" ADD COLUMN "companies_footnote_html" varchar;
  ALTER TABLE "guide_page" ADD COLUMN "salaries_footnote_html" varchar;
  ALTER TABLE "_guide_page_v" ADD COLUMN "version_why_body_html" varchar;
  ALTER TABLE "_guide_page_v" ADD COLUMN "version_companies_footnote_html" varchar;
  ALTER TABLE "_guide_page_v" ADD COLUMN "version_salaries_footnote_html" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "faqs" DROP COLUMN "answer_html";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_answer_html";
  ALTER TABLE "guide_page" DROP COLUMN "why_body_html";
  ALTER TABLE "guide_page" DROP COLUMN "companies_footnote_html";
  ALTER TABLE "guide_page" DROP COLUMN "salaries_footnote_html";
  ALTER TABLE "_guide_page_v" DROP COLUMN "version_why_body_html";
  ALTER TABLE "_guide_page_v" DROP COLUMN "version_companies_footnote_html";
  ALTER TABLE "_guide_page_v" DROP COLUMN "version_salaries_footnote_html";`)
}
