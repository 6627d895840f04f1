/**
 * `pnpm --filter @mlops-guide/cms migrate:create <name>`: writes a migration for the changes
 * of the collection configs since the last one; writes nothing when there are none.
 */
import { runTask } from './run'

const name = process.argv[2] ?? 'change'
// Compares the config with the last migration's snapshot, not with the database: nothing to
// prepare first (an empty database would get a seed it has no tables for).
await runTask(
  'migrate:create',
  (payload) =>
    Promise.resolve(payload.db.createMigration({ migrationName: name, payload, skipEmpty: true })),
  { prepare: false },
)
