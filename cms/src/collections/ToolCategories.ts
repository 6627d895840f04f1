import type { CollectionConfig } from 'payload'

import { authenticated } from '../access/authenticated'
import { publishedOrAuthenticated } from '../access/publishedOrAuthenticated'
import { slug } from '../fields/slug'
import { adminGroups } from './groups'

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
  access: {
    create: authenticated,
    read: publishedOrAuthenticated,
    update: authenticated,
    delete: authenticated,
  },
  versions: { drafts: true },
  fields: [{ name: 'title', type: 'text', required: true }, slug('title')],
}
