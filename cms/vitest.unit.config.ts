import { defineConfig } from 'vitest/config'

// The CMS's unit tests: the *.spec.ts beside the sources that need no database or running CMS
// (`npm run test:unit`). The ones that do are named *.int.spec.ts and run with the
// integration suite (vitest.config.ts), which runs these too.
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts'],
    exclude: ['src/**/*.int.spec.ts'],
  },
})
