import { slug } from '../fields/slug'
import { adminGroups } from './groups'
import { guideCollection } from './guideContent'

export const CompanyGroups = guideCollection('company-groups', {
  labels: { singular: 'Company group', plural: 'Company groups' },
  orderable: true,
  admin: {
    group: adminGroups.companies,
    useAsTitle: 'title',
    defaultColumns: ['title', 'description', '_status'],
    description: 'The groups of "Top Companies Hiring", in reading order.',
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    slug('title'),
    {
      name: 'description',
      type: 'text',
      admin: { description: 'Shown when a group names no single company, e.g. "Tech".' },
    },
  ],
})
