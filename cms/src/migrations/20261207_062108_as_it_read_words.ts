import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" ADD COLUMN "changes_page_before_link" varchar DEFAULT 'The guide before this change';
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_as_it_read" varchar DEFAULT 'The guide as it read on {date}, before {change}. Its links lead to the current pages.';
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_as_it_read_name" varchar DEFAULT 'An earlier version of the guide';
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_current_link" varchar DEFAULT 'Read the current guide';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_before_link" varchar DEFAULT 'The guide before this change';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_as_it_read" varchar DEFAULT 'The guide as it read on {date}, before {change}. Its links lead to the current pages.';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_as_it_read_name" varchar DEFAULT 'An earlier version of the guide';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_current_link" varchar DEFAULT 'Read the current guide';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" DROP COLUMN "changes_page_before_link";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_as_it_read";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_as_it_read_name";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_current_link";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_before_link";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_as_it_read";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_as_it_read_name";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_current_link";`)
}
