import { s3Storage } from '@payloadcms/storage-s3'

import { env } from '../env'

/**
 * Uploads on S3-compatible storage (AWS S3, MinIO, R2, ...) when S3_BUCKET is set; files
 * are then served through the CMS from the bucket, and no CMS process keeps any on disk.
 */
export const mediaStorage = s3Storage({
  enabled: Boolean(env.S3_BUCKET),
  // The same schema with or without a bucket, so one set of migrations fits every setup.
  alwaysInsertFields: true,
  // Objects under media/ in the bucket (the prefix field also keeps the schema the same
  // with and without a bucket).
  collections: { media: { prefix: 'media' } },
  bucket: env.S3_BUCKET ?? '',
  config: {
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    // Path-style addresses (bucket in the path) for S3-compatible servers.
    forcePathStyle: Boolean(env.S3_ENDPOINT),
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
  },
})
