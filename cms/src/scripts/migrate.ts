/** `pnpm --filter @mlops-guide/cms migrate`: applies the committed migrations not yet applied. */
import type { Migration } from 'payload'

import { migrations } from '../migrations'
import { runTask } from './run'

// The generated index types up/down loosely; Payload accepts exactly these objects.
await runTask('migrate', (payload) =>
  payload.db.migrate({ migrations: migrations as unknown as Migration[] }),
)
