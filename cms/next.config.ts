import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // The workspace root, so Turbopack resolves the shared packages/ from one lockfile.
  turbopack: { root: path.resolve(dirname, '..') },
  poweredByHeader: false,
  // Read from node_modules at run time (the API reference's static files), not bundled.
  serverExternalPackages: ['swagger-ui-dist'],
  // Type checking runs once, in `npm run check` (and CI), not again in every build.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Payload names API errors after their classes ("ValidationError", "Forbidden"); a
    // minified server bundle turns those names into single letters that API clients see.
    turbopackMinify: { server: false, client: true },
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
