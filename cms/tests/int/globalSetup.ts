import type { TestProject } from 'vitest/node'

import { startTestStack, type CmsEnv } from '@mlops-guide/stack'

/**
 * One real stack for the whole run: a fresh embedded PostgreSQL, the committed migrations,
 * the seed, and the built CMS served by its production server.
 */
export default async function setup(project: TestProject) {
  const stack = await startTestStack({
    env: {
      // Small limits so the tests can reach them; each test request claims its own address.
      TRUST_PROXY_HOPS: '1',
      RATE_LIMIT_ANONYMOUS: '30',
      RATE_LIMIT_API_KEY: '60',
    },
  })
  project.provide('cmsUrl', stack.cmsUrl)
  project.provide('cmsEnv', stack.env)
  return stack.stop
}

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    cmsEnv: CmsEnv
  }
}
