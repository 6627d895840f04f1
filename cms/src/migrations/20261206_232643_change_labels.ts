import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" ADD COLUMN "changes_page_published_label" varchar DEFAULT 'Published';
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_updated_label" varchar DEFAULT 'Updated';
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_unpublished_label" varchar DEFAULT 'Withdrawn';
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_deleted_label" varchar DEFAULT 'Removed';
  ALTER TABLE "site_settings" ADD COLUMN "changes_page_also_changed_label" varchar DEFAULT 'Also changed';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_published_label" varchar DEFAULT 'Published';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_updated_label" varchar DEFAULT 'Updated';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_unpublished_label" varchar DEFAULT 'Withdrawn';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_deleted_label" varchar DEFAULT 'Removed';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_also_changed_label" varchar DEFAULT 'Also changed';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" DROP COLUMN "changes_page_published_label";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_updated_label";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_unpublished_label";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_deleted_label";
  ALTER TABLE "site_settings" DROP COLUMN "changes_page_also_changed_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_published_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_updated_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_unpublished_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_deleted_label";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_also_changed_label";`)
}
