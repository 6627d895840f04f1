import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" ALTER COLUMN "changes_page_title" SET DEFAULT 'Changes to the guide';
  ALTER TABLE "site_settings" ALTER COLUMN "changes_page_description" SET DEFAULT 'Every change readers saw in the MLOps Career Guide since its 2026 edition: what was published, updated, withdrawn or removed, and the figures it changed, newest first.';
  ALTER TABLE "site_settings" ALTER COLUMN "changes_page_no_changes" SET DEFAULT 'Nothing has changed since the guide was published.';
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_changes_page_title" SET DEFAULT 'Changes to the guide';
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_changes_page_description" SET DEFAULT 'Every change readers saw in the MLOps Career Guide since its 2026 edition: what was published, updated, withdrawn or removed, and the figures it changed, newest first.';
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_changes_page_no_changes" SET DEFAULT 'Nothing has changed since the guide was published.';
  -- Written by hand: the page lists every change now, not only figures. Texts still as the
  -- old defaults said are replaced; texts an editor changed are left as they are.
  UPDATE "site_settings" SET "changes_page_title" = 'Changes to the guide' WHERE "changes_page_title" = 'Changes to the figures';
  UPDATE "_site_settings_v" SET "version_changes_page_title" = 'Changes to the guide' WHERE "version_changes_page_title" = 'Changes to the figures';
  UPDATE "site_settings" SET "changes_page_description" = 'Every change readers saw in the MLOps Career Guide since its 2026 edition: what was published, updated, withdrawn or removed, and the figures it changed, newest first.' WHERE "changes_page_description" = 'Every published change to a salary or years-of-experience figure in the MLOps Career Guide, newest first.';
  UPDATE "_site_settings_v" SET "version_changes_page_description" = 'Every change readers saw in the MLOps Career Guide since its 2026 edition: what was published, updated, withdrawn or removed, and the figures it changed, newest first.' WHERE "version_changes_page_description" = 'Every published change to a salary or years-of-experience figure in the MLOps Career Guide, newest first.';
  UPDATE "site_settings" SET "changes_page_no_changes" = 'Nothing has changed since the guide was published.' WHERE "changes_page_no_changes" = 'No figure has changed since the guide was published.';
  UPDATE "_site_settings_v" SET "version_changes_page_no_changes" = 'Nothing has changed since the guide was published.' WHERE "version_changes_page_no_changes" = 'No figure has changed since the guide was published.';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" ALTER COLUMN "changes_page_title" SET DEFAULT 'Changes to the figures';
  ALTER TABLE "site_settings" ALTER COLUMN "changes_page_description" SET DEFAULT 'Every published change to a salary or years-of-experience figure in the MLOps Career Guide, newest first.';
  ALTER TABLE "site_settings" ALTER COLUMN "changes_page_no_changes" SET DEFAULT 'No figure has changed since the guide was published.';
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_changes_page_title" SET DEFAULT 'Changes to the figures';
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_changes_page_description" SET DEFAULT 'Every published change to a salary or years-of-experience figure in the MLOps Career Guide, newest first.';
  ALTER TABLE "_site_settings_v" ALTER COLUMN "version_changes_page_no_changes" SET DEFAULT 'No figure has changed since the guide was published.';
  UPDATE "site_settings" SET "changes_page_title" = 'Changes to the figures' WHERE "changes_page_title" = 'Changes to the guide';
  UPDATE "_site_settings_v" SET "version_changes_page_title" = 'Changes to the figures' WHERE "version_changes_page_title" = 'Changes to the guide';
  UPDATE "site_settings" SET "changes_page_description" = 'Every published change to a salary or years-of-experience figure in the MLOps Career Guide, newest first.' WHERE "changes_page_description" = 'Every change readers saw in the MLOps Career Guide since its 2026 edition: what was published, updated, withdrawn or removed, and the figures it changed, newest first.';
  UPDATE "_site_settings_v" SET "version_changes_page_description" = 'Every published change to a salary or years-of-experience figure in the MLOps Career Guide, newest first.' WHERE "version_changes_page_description" = 'Every change readers saw in the MLOps Career Guide since its 2026 edition: what was published, updated, withdrawn or removed, and the figures it changed, newest first.';
  UPDATE "site_settings" SET "changes_page_no_changes" = 'No figure has changed since the guide was published.' WHERE "changes_page_no_changes" = 'Nothing has changed since the guide was published.';
  UPDATE "_site_settings_v" SET "version_changes_page_no_changes" = 'No figure has changed since the guide was published.' WHERE "version_changes_page_no_changes" = 'Nothing has changed since the guide was published.';`)
}
