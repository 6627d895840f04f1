import type { CollectionConfig } from 'payload'

import { authenticated } from '../access/authenticated'
import { publishedOrAuthenticated } from '../access/publishedOrAuthenticated'
import { richTextWithHtml } from '../fields/richTextWithHtml'
import { slug } from '../fields/slug'
import { adminGroups } from './groups'

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
  access: {
    create: authenticated,
    read: publishedOrAuthenticated,
    update: authenticated,
    delete: authenticated,
  },
  versions: { drafts: true },
  fields: [
    { name: 'question', type: 'text', required: true },
    slug('question'),
    ...richTextWithHtml('answer', { required: true }),
  ],
}
