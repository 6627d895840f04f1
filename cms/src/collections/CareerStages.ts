import type { CollectionConfig } from 'payload'

import { authenticated } from '../access/authenticated'
import { publishedOrAuthenticated } from '../access/publishedOrAuthenticated'
import { slug } from '../fields/slug'
import { yearsRange } from '../fields/yearsRange'
import { adminGroups } from './groups'

export const CareerStages: CollectionConfig<'career-stages'> = {
  slug: 'career-stages',
  labels: { singular: 'Career stage', plural: 'Career stages' },
  orderable: true,
  admin: {
    group: adminGroups.career,
    useAsTitle: 'title',
    defaultColumns: ['title', 'yearsFrom', 'yearsTo', 'salaryBand', '_status'],
    description: 'The steps of the career path, in the order readers see them (drag to reorder).',
  },
  access: {
    create: authenticated,
    read: publishedOrAuthenticated,
    update: authenticated,
    delete: authenticated,
  },
  versions: { drafts: true },
  fields: [
    { name: 'title', type: 'text', required: true },
    slug('title'),
    yearsRange({ required: true }),
    { name: 'summary', type: 'textarea', required: true },
    {
      name: 'salaryBand',
      type: 'relationship',
      relationTo: 'salary-bands',
      admin: { description: 'The salary band readers at this stage can expect.' },
    },
    {
      name: 'keySkills',
      type: 'relationship',
      relationTo: 'tools',
      hasMany: true,
      admin: { description: 'Skills and tools to learn at this stage.' },
    },
  ],
}
