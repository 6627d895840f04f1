import { slug } from '../fields/slug'
import { source, staleFiguresLink } from '../fields/source'
import { adminGroups } from './groups'
import { guideCollection } from './guideContent'

export const Companies = guideCollection('companies', {
  labels: { singular: 'Company', plural: 'Companies' },
  orderable: true,
  admin: {
    group: adminGroups.companies,
    useAsTitle: 'name',
    components: { beforeListTable: [staleFiguresLink] },
    defaultColumns: ['name', 'group', 'asOf', '_status'],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slug('name'),
    { name: 'group', type: 'relationship', relationTo: 'company-groups', required: true },
    {
      name: 'website',
      type: 'text',
      admin: { description: 'Optional https:// address.' },
      validate: (value: unknown) =>
        value == null ||
        value === '' ||
        (typeof value === 'string' && /^https?:\/\/\S+$/.test(value))
          ? true
          : 'Website must be a full address starting with https://',
    },
    source(),
  ],
})
