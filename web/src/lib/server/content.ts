import { createContentClient } from '@mlops-guide/content'

import { serverEnv } from './env'

const client = createContentClient({ baseUrl: serverEnv.cmsUrl })

export async function loadGuidePage() {
  return client.findGlobal('guide-page', { depth: 0 })
}
