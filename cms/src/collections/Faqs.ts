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
    {
      type: 'row',
      fields: [
        {
          name: 'stages',
          label: 'For the career stages',
          type: 'relationship',
          relationTo: 'career-stages',
          hasMany: true,
          admin: {
            width: '50%',
            description:
              'Their pages, and "Where do I stand?" when it finds them, link this answer.',
          },
        },
        {
          name: 'fromRoles',
          label: 'For readers coming from',
          type: 'relationship',
          relationTo: 'roles',
          hasMany: true,
          admin: {
            width: '50%',
            description:
              '"Where do I stand?" links this answer for readers who come from these roles.',
          },
        },
      ],
    },
  ],
})
