import type { CollectionConfig } from 'payload'

import { contentAccess } from '../access/contentAccess'
import { slug } from '../fields/slug'
import { adminGroups } from './groups'
import { editorialVersions } from './versions'

export const ToolCategories: CollectionConfig<'tool-categories'> = {
  slug: 'tool-categories',
  labels: { singular: 'Skill category', plural: 'Skill categories' },
  orderable: true,
  admin: {
    group: adminGroups.skills,
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status'],
    description: 'The headings of "Core Skills", in reading order.',
  },
  access: contentAccess,
  versions: editorialVersions,
  fields: [{ name: 'title', type: 'text', required: true }, slug('title')],
}
