import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editorsOnly } from '../access/editorsOnly'
import { applyPublicApiLimits } from '../hooks/applyPublicApiLimits'
import { noMediaWritesForContributors } from '../hooks/noMediaWritesForContributors'
import { adminGroups } from './groups'
import { safeText } from '../fields/text'
import { env } from '../env'

/**
 * Images editors upload (logos, illustrations). Files go to S3-compatible storage when
 * S3_BUCKET is set (plugins/mediaStorage.ts), so CMS processes keep no state of their own;
 * without it, to MEDIA_DIR on local disk (development: the stack's data folder).
 */
export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Images' },
  admin: { group: adminGroups.guide, useAsTitle: 'alt', defaultColumns: ['filename', 'alt'] },
  // Images have no drafts: an upload, a new alt text or a replaced file is public at once
  // (read: anyone, files served by URL). "Contributors create and edit drafts only" thus
  // leaves them no image write at all: not even new uploads, which would put any file they
  // like on the CMS's public URLs. They pick images editors uploaded; with these rules
  // false the admin shows them no Create, Upload, Replace or Delete.
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  hooks: { beforeOperation: [applyPublicApiLimits, noMediaWritesForContributors] },
  upload: {
    // Outside the source tree, so an upload never shows up as a change in git.
    staticDir: path.resolve(env.MEDIA_DIR),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'],
    // Narrower copies for the site's srcset (media/imageHtml.ts), made with sharp; a size
    // wider than the original is left out (Payload's default). The reading column is at most 48rem (768 px, twice that on
    // dense screens).
    imageSizes: [
      { name: 'small', width: 480 },
      { name: 'medium', width: 768 },
      { name: 'large', width: 1536 },
    ],
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
