import type { CollectionConfig } from 'payload'

import { FIGURE_COLLECTIONS } from '@mlops-guide/content/figures'

import { readVersions } from '../access/readVersions'
import { safeText } from '../fields/text'

/**
 * Which document quotes which figure: one row per figure element, kept by the hooks in
 * track.ts on every save and delete. It answers "who refers to this band?" with one indexed
 * query (the edit view's "Referred to in", the refusal to delete, the sites' change notice)
 * instead of reading every document's rich text. Never edited by hand.
 */
export const FigureQuotes: CollectionConfig = {
  slug: 'figure-quotes',
  admin: { hidden: true },
  access: {
    read: readVersions, // people in the CMS
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  timestamps: false,
  // Internal bookkeeping: not part of the public GraphQL schema.
  graphQL: false,
  fields: safeText([
    {
      name: 'source',
      type: 'text',
      required: true,
      index: true,
      admin: { description: '"faqs/12" for a document, "globals/guide-page" for a global.' },
    },
    { name: 'sourceTitle', type: 'text' },
    { name: 'field', type: 'text', required: true },
    {
      name: 'targetCollection',
      type: 'select',
      options: [...FIGURE_COLLECTIONS],
      required: true,
      index: true,
    },
    { name: 'targetId', type: 'number', required: true, index: true },
    { name: 'format', type: 'text' },
  ]),
}
