import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { deleteContent } from '../access/deleteContent'
import { writeContent } from '../access/writeContent'
import { applyPublicApiLimits } from '../hooks/applyPublicApiLimits'
import { adminGroups } from './groups'
import { safeText } from '../fields/text'

/**
 * Images editors upload (logos, illustrations). Files go to S3-compatible storage when
 * S3_BUCKET is set (plugins/mediaStorage.ts), so CMS processes keep no state of their own;
 * without it, to cms/media on local disk (development).
 */
export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Images' },
  admin: { group: adminGroups.guide, useAsTitle: 'alt', defaultColumns: ['filename', 'alt'] },
  access: { read: anyone, create: writeContent, update: writeContent, delete: deleteContent },
  hooks: { beforeOperation: [applyPublicApiLimits] },
  upload: {
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'],
  },
  fields: safeText([
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'What the image shows, for readers who cannot see it.' },
    },
  ]),
}
