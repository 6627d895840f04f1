import { salaryRange } from '../fields/salaryRange'
import { slug } from '../fields/slug'
import { source, staleFiguresLink } from '../fields/source'
import { yearsRange } from '../fields/yearsRange'
import { adminGroups } from './groups'
import { guideCollection } from './guideContent'

export const SalaryBands = guideCollection('salary-bands', {
  labels: { singular: 'Salary band', plural: 'Salary bands' },
  orderable: true,
  admin: {
    group: adminGroups.career,
    useAsTitle: 'level',
    components: { beforeListTable: [staleFiguresLink] },
    defaultColumns: ['level', 'yearsFrom', 'minSalary', 'maxSalary', 'asOf', '_status'],
    description: 'Base salary by experience level ("Salary by Experience"), in whole dollars.',
  },
  fields: [
    {
      name: 'level',
      type: 'text',
      required: true,
      admin: { description: 'e.g. "Junior" or "Staff/Principal".' },
    },
    slug('level'),
    yearsRange({ required: false }),
    ...salaryRange(),
    source(),
  ],
})
