import type { CollectionConfig } from 'payload'

import { contentAccess } from '../access/contentAccess'
import { richTextWithHtml } from '../fields/richTextWithHtml'
import { slug } from '../fields/slug'
import { adminGroups } from './groups'
import { editorialVersions } from './versions'

export const Faqs: CollectionConfig<'faqs'> = {
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  orderable: true,
  admin: {
    group: adminGroups.guide,
    useAsTitle: 'question',
    defaultColumns: ['question', 'slug', '_status'],
    description: 'Frequently Asked Questions, in reading order. The slug is the link anchor.',
  },
  access: contentAccess,
  versions: editorialVersions,
  fields: [
    { name: 'question', type: 'text', required: true },
    slug('question'),
    ...richTextWithHtml('answer', { required: true }),
  ],
}
