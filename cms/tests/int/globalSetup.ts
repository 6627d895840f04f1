import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import type { TestProject } from 'vitest/node'

import { freePort, startTestStack, type CmsEnv } from '@mlops-guide/stack'

/**
 * One real stack for the whole run: a fresh embedded PostgreSQL, the committed migrations,
 * the seed, and the built CMS served by its production server.
 */
export default async function setup(project: TestProject) {
  // A real S3-compatible server on loopback for the media uploads (s3rver keeps the
  // objects in a temp folder); the CMS talks to it exactly as to AWS S3.
  const s3Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-s3-'))
  const s3Port = await freePort()
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: s3Port,
    silent: true,
    directory: s3Dir,
    configureBuckets: [{ name: 'guide-media' }],
  })
  await s3.run()
  const stack = await startTestStack({
    env: {
      S3_BUCKET: 'guide-media',
      S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      // Small limits so the tests can reach them; each test request claims its own address.
      TRUST_PROXY_HOPS: '1',
      RATE_LIMIT_ANONYMOUS: '30',
      RATE_LIMIT_API_KEY: '60',
      // Webhook retries in fractions of a second, so the tests can watch them all.
      WEBHOOK_ATTEMPTS: '3',
      WEBHOOK_RETRY_BASE_MS: '300',
      WEBHOOK_TIMEOUT_MS: '1000',
      // Slow clients are dropped after 2 s, so their tests are quick.
      REQUEST_HEADERS_TIMEOUT_MS: '2000',
      REQUEST_BODY_TIMEOUT_MS: '2000',
    },
  })
  project.provide('cmsUrl', stack.cmsUrl)
  project.provide('cmsEnv', stack.env)
  project.provide('s3Dir', s3Dir)
  return async () => {
    await stack.stop()
    await s3.close()
    fs.rmSync(s3Dir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    cmsUrl: string
    cmsEnv: CmsEnv
    s3Dir: string
  }
}
