import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" ADD COLUMN "changes_page_older_link" varchar DEFAULT 'Older changes';
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_newer_link" varchar DEFAULT 'Newer changes';
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_newest_link" varchar DEFAULT 'Newest changes';
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_page_of" varchar DEFAULT 'Page {page} of {pages}';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_older_link" varchar DEFAULT 'Older changes';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_newer_link" varchar DEFAULT 'Newer changes';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_newest_link" varchar DEFAULT 'Newest changes';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_page_of" varchar DEFAULT 'Page {page} of {pages}';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" DROP COLUMN "changes_page_older_link";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_newer_link";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_newest_link";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_page_of";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_older_link";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_newer_link";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_newest_link";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_page_of";`)
}
