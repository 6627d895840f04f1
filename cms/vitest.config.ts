import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(import.meta.dirname, 'src/payload.config.ts') },
  },
  test: {
    include: ['tests/int/**/*.int.spec.ts', 'src/**/*.spec.ts'],
    globalSetup: ['tests/int/globalSetup.ts'],
    // One real CMS and database serve every file: run files one at a time so no test
    // sees another's half-made changes.
    fileParallelism: false,
    // The timeout catches a hang, not slowness (speed is bench/'s job): tests that start a CMS
    // on an empty database or run tsc over the packed client take 5-30 s on an idle 2-core
    // machine and twice that when it is busy.
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // What a poll waits for (a webhook delivered, a log line written) takes a second or two
    // on a busy machine; vitest's default of 1 s failed such tests with nothing wrong.
    expect: { poll: { timeout: 15_000 } },
  },
})
