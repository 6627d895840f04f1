// `npm run test:unit`: every test that needs no database, CMS or browser, in one vitest run
// (packages/stack/src/test.ts runs it with the CMS's vitest and the pool's options; nothing
// is imported here, so the root needs no dependency). The same files also run, project by
// project, in the full `npm test`.
export default {
  test: {
    projects: [
      'packages/content',
      'packages/server-runtime',
      'cms/vitest.unit.config.ts',
      'web/vitest.config.ts',
    ],
  },
}
