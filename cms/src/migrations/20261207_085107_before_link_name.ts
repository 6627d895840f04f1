import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" ADD COLUMN "changes_page_before_link_name" varchar DEFAULT 'The guide before this change: {change}, {date}';
  ALTER TABLE "_site_settings_v" ADD COLUMN "version_changes_page_before_link_name" varchar DEFAULT 'The guide before this change: {change}, {date}';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" DROP COLUMN "changes_page_before_link_name";
  ALTER TABLE "_site_settings_v" DROP COLUMN "version_changes_page_before_link_name";`)
}
