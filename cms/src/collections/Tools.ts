import { slug } from '../fields/slug'
import { keepOldAddresses } from '../redirects/keepOldAddresses'
import { adminGroups } from './groups'
import { guideCollection } from './guideContent'

export const Tools = guideCollection('tools', {
  labels: { singular: 'Skill or tool', plural: 'Skills & tools' },
  orderable: true,
  // A published slug change keeps the old address answering with a redirect.
  hooks: keepOldAddresses,
  admin: {
    group: adminGroups.skills,
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'skillText', '_status'],
    description:
      'Every skill and tool the guide names. Those with a category are listed under "Core Skills".',
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slug('name'),
    {
      name: 'shortName',
      type: 'text',
      admin: { description: 'Used where space is short, e.g. "K8s" for Kubernetes.' },
    },
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'tool-categories',
      admin: { description: 'Leave empty for a tool that is not a core skill.' },
    },
    {
      name: 'namedIn',
      label: 'Named in the line of',
      type: 'relationship',
      relationTo: 'tools',
      // A line under Core Skills can name several tools ("Terraform/Pulumi for IaC"): each
      // one it names belongs to that line's category and links from it.
      filterOptions: { category: { exists: true } },
      admin: {
        description:
          'For a tool a Core Skills line names besides its own, e.g. Pulumi in "Terraform/Pulumi for IaC".',
        condition: (data) => !data?.category,
      },
    },
    {
      name: 'skillText',
      label: 'Line under Core Skills',
      type: 'text',
      admin: {
        description: 'How the skill reads in its category, e.g. "Docker and containerization".',
        condition: (data) => Boolean(data?.category),
      },
    },
  ],
})
