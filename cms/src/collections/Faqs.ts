import { richTextWithHtml } from '../fields/richTextWithHtml'
import { slug } from '../fields/slug'
import { adminGroups } from './groups'
import { guideCollection } from './guideContent'

export const Faqs = guideCollection('faqs', {
  labels: { singular: 'FAQ', plural: 'FAQs' },
  orderable: true,
  admin: {
    group: adminGroups.guide,
    useAsTitle: 'question',
    defaultColumns: ['question', 'slug', '_status'],
    description: 'Frequently Asked Questions, in reading order. The slug is the link anchor.',
  },
  fields: [
    { name: 'question', type: 'text', required: true },
    slug('question'),
    ...richTextWithHtml('answer', { required: true }),
  ],
})
