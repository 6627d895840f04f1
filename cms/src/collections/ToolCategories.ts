import { slug } from '../fields/slug'
import { adminGroups } from './groups'
import { guideCollection } from './guideContent'

export const ToolCategories = guideCollection('tool-categories', {
  labels: { singular: 'Skill category', plural: 'Skill categories' },
  orderable: true,
  admin: {
    group: adminGroups.skills,
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status'],
    description: 'The headings of "Core Skills", in reading order.',
  },
  fields: [{ name: 'title', type: 'text', required: true }, slug('title')],
})
