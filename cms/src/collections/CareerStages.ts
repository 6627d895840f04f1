import { slug } from '../fields/slug'
import { keepOldAddresses } from '../redirects/keepOldAddresses'
import { textRule } from '../fields/textRule'
import { yearsRange } from '../fields/yearsRange'
import { adminGroups } from './groups'
import { guideCollection } from './guideContent'

type Pairing = { salaryBand?: unknown }

export const CareerStages = guideCollection('career-stages', {
  labels: { singular: 'Career stage', plural: 'Career stages' },
  orderable: true,
  // A published slug change keeps the old address answering with a redirect.
  hooks: keepOldAddresses,
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
      type: 'row',
      fields: [
        {
          name: 'salaryBand',
          type: 'relationship',
          relationTo: 'salary-bands',
          admin: {
            width: '50%',
            description:
              'Leave empty to show the pay of the bands whose years this stage spans. Pair a band only with a reason.',
          },
        },
        {
          name: 'salaryBandReason',
          label: 'Why this band',
          type: 'text',
          admin: { width: '50%', description: 'Shown to readers beside the band.' },
          validate: textRule<Pairing>((value, siblingData) =>
            siblingData.salaryBand != null && !value?.trim()
              ? 'Say why this stage earns this band: readers see the reason beside it'
              : true,
          ),
        },
      ],
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
