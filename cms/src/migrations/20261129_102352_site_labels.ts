import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guide_page" ADD COLUMN "labels_all_skills" varchar DEFAULT 'All';
  ALTER TABLE "guide_page" ADD COLUMN "labels_salary_band" varchar DEFAULT 'Salary band';
  ALTER TABLE "guide_page" ADD COLUMN "labels_key_skills" varchar DEFAULT 'Key skills';
  ALTER TABLE "guide_page" ADD COLUMN "labels_timeline_axis" varchar DEFAULT 'Years of experience';
  ALTER TABLE "_guide_page_v" ADD COLUMN "version_labels_all_skills" varchar DEFAULT 'All';
  ALTER TABLE "_guide_page_v" ADD COLUMN "version_labels_salary_band" varchar DEFAULT 'Salary band';
  ALTER TABLE "_guide_page_v" ADD COLUMN "version_labels_key_skills" varchar DEFAULT 'Key skills';
  ALTER TABLE "_guide_page_v" ADD COLUMN "version_labels_timeline_axis" varchar DEFAULT 'Years of experience';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "guide_page" DROP COLUMN "labels_all_skills";
  ALTER TABLE "guide_page" DROP COLUMN "labels_salary_band";
  ALTER TABLE "guide_page" DROP COLUMN "labels_key_skills";
  ALTER TABLE "guide_page" DROP COLUMN "labels_timeline_axis";
  ALTER TABLE "_guide_page_v" DROP COLUMN "version_labels_all_skills";
  ALTER TABLE "_guide_page_v" DROP COLUMN "version_labels_salary_band";
  ALTER TABLE "_guide_page_v" DROP COLUMN "version_labels_key_skills";
  ALTER TABLE "_guide_page_v" DROP COLUMN "version_labels_timeline_axis";`)
}
