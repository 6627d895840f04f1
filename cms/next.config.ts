import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // The workspace root, so Turbopack resolves the shared packages/ from one lockfile.
  turbopack: { root: path.resolve(dirname, '..') },
  // The production image holds only the files the server needs, as Next traces them
  // (.next/standalone), not the whole workspace's node_modules.
  output: 'standalone',
  outputFileTracingRoot: path.resolve(dirname, '..'),
  // Read from disk at request time (src/endpoints/apiDocs.ts), so invisible to the tracer.
  outputFileTracingIncludes: {
    '/api/[...slug]': ['./node_modules/swagger-ui-dist/{package.json,swagger-ui*.{js,css}}'],
  },
  poweredByHeader: false,
  // On every answer, admin and API alike. Only the CMS itself may frame its pages (the
  // admin is never embedded elsewhere); the site's previews are framed by the admin, not
  // the other way round. Payload's admin needs inline scripts, so no script-src here.
  async headers() {
    const production = process.env.NODE_ENV === 'production'
    const https = (process.env.CMS_PUBLIC_URL ?? '').startsWith('https:')
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
          ...(production && https
            ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
            : []),
        ],
      },
    ]
  },
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
