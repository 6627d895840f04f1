import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // The workspace root, so Turbopack resolves the shared packages/ from one lockfile.
  turbopack: { root: path.resolve(dirname, '..') },
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
