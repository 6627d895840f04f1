import { slug } from '../fields/slug'
import { yearsRange } from '../fields/yearsRange'
import { adminGroups } from './groups'
import { guideCollection } from './guideContent'

export const CareerStages = guideCollection('career-stages', {
  labels: { singular: 'Career stage', plural: 'Career stages' },
  orderable: true,
  admin: {
    group: adminGroups.career,
    useAsTitle: 'title',
    defaultColumns: ['title', 'yearsFrom', 'yearsTo', 'salaryBand', '_status'],
    description: 'The steps of the career path, in the order readers see them (drag to reorder).',
  },
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
})
