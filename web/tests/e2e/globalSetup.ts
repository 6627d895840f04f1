import { startTestStack } from '@mlops-guide/stack'

/**
 * A fresh database, migrated and seeded; the built CMS and the built site. Their
 * addresses and pids reach the tests through the environment (workers inherit it).
 */
export default async function globalSetup() {
  const stack = await startTestStack({
    web: true,
    // The site and the tests read the CMS anonymously from one address, many times a second.
    // Slow clients are dropped after 2 s, so their tests are quick.
    env: {
      RATE_LIMIT_ANONYMOUS: '1000000',
      REQUEST_HEADERS_TIMEOUT_MS: '2000',
      REQUEST_BODY_TIMEOUT_MS: '2000',
    },
  })
  Object.assign(process.env, {
    E2E_WEB_URL: stack.webUrl,
    E2E_CMS_URL: stack.cmsUrl,
    E2E_CMS_PID: String(stack.cms.child.pid),
    E2E_WEB_PID: String(stack.web!.child.pid),
    E2E_ENV: JSON.stringify(stack.env),
  })
  return stack.stop
}
