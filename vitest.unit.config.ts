// `npm run test:unit`: every test that needs no database, CMS or browser, in one vitest run
// (packages/stack/src/test.ts runs it with the CMS's vitest and the pool's options; nothing
// is imported here, so the root needs no dependency). The same files also run, project by
// project, in the full `npm test`.
const serverRuntime = { root: 'packages/server-runtime', include: ['src/**/*.spec.ts'] }
// The slow-client tests time the server's bounds to within 1.5x of a second: next to the
// other files' imports and transforms on a busy two-core machine they missed it, so they run
// after everything else, as they do in their own suite.
const slowClients = 'src/requestBodies.spec.ts'

export default {
  test: {
    projects: [
      'packages/content',
      { test: { ...serverRuntime, name: '@mlops-guide/server-runtime', exclude: [slowClients] } },
      {
        test: {
          ...serverRuntime,
          name: '@mlops-guide/server-runtime (slow clients)',
          include: [slowClients],
          sequence: { groupOrder: 1 },
        },
      },
      'cms/vitest.unit.config.ts',
      'web/vitest.config.ts',
    ],
  },
}
