import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests in Debian's Chromium (Playwright cannot download browsers here) against
 * the built site and a running CMS, both started by globalSetup on a fresh database.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/globalSetup.ts',
  // One stack serves every test, and some tests edit content or stop the CMS.
  workers: 1,
  fullyParallel: false,
  // A hang guard, not a speed bound (bench/ measures speed): axe in dark mode takes 14 s idle.
  timeout: 60_000,
  reporter: [['list'], ['json']],
  use: {
    baseURL: process.env.E2E_WEB_URL,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
})
