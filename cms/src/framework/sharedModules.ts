/**
 * Modules the production server (cms/server.js, which Node runs outside the bundle) and the
 * Next bundle must share as one instance, so state one side sets the other reads. A static
 * import would make Turbopack copy the workspace package into the bundle, a second instance
 * that server.js never sees; `turbopackIgnore` leaves the import to Node at run time, which
 * resolves it to the module server.js already loaded.
 * tests/int/framework.int.spec.ts reads the build and fails when the bundle holds a copy.
 */

/** The fast lane (cached reads answered before Next routes the request). */
export const importFastLane = () =>
  import(/* turbopackIgnore: true */ '@mlops-guide/server-runtime/fast-lane')

/** The modules above, as the build must leave them (for the test). */
export const SHARED_WITH_SERVER = [
  {
    specifier: '@mlops-guide/server-runtime/fast-lane',
    source: 'packages/server-runtime/src/fastLane.js',
  },
]
