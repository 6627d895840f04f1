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
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
})
