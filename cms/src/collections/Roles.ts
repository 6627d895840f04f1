import { salaryRange } from '../fields/salaryRange'
import { slug } from '../fields/slug'
import { source, staleFiguresLink } from '../fields/source'
import { adminGroups } from './groups'
import { guideCollection } from './guideContent'

/** The columns of "MLOps vs DevOps vs ML Engineer". */
export const Roles = guideCollection('roles', {
  labels: { singular: 'Role', plural: 'Role comparison' },
  orderable: true,
  admin: {
    group: adminGroups.career,
    useAsTitle: 'name',
    components: { beforeListTable: [staleFiguresLink] },
    defaultColumns: ['name', 'primaryFocus', 'minSalary', 'maxSalary', 'asOf', '_status'],
    description: 'Each role is one column of the comparison table.',
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slug('name'),
    { name: 'primaryFocus', type: 'text', required: true },
    {
      name: 'keyTools',
      type: 'relationship',
      relationTo: 'tools',
      hasMany: true,
      required: true,
      admin: { description: 'Shown by their short name, in this order.' },
    },
    { name: 'dataHandling', type: 'text', required: true },
    { name: 'testing', type: 'text', required: true },
    { name: 'monitoring', type: 'text', required: true },
    {
      type: 'collapsible',
      label: 'Typical salary',
      fields: [...salaryRange(), source()],
    },
  ],
})
