/** `pnpm --filter @mlops-guide/cms migrate`: applies the committed migrations not yet applied. */
import type { Migration } from 'payload'

import { runTask } from './run'

await runTask('migrate', async (payload) => {
  const { migrations } = await import('../migrations')
  // The generated index types up/down loosely; Payload accepts exactly these objects.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
})
