import type { CollectionConfig } from 'payload'

import { COLLECTION_SLUGS } from '@mlops-guide/content/collections'

import { editorsOnly } from '../access/editorsOnly'
import { readVersions } from '../access/readVersions'
import { safeText } from '../fields/text'
import { publishReleaseEndpoint } from '../releases/endpoint'
import { scheduleRelease } from '../releases/schedule'
import { RELEASE_STATES } from '../releases/states'
import { adminGroups } from './groups'

/**
 * A release: drafts from any guide collection (next year's bands, the roles and the FAQ that
 * quotes them) published together, now or at a set time, in one transaction
 * (releases/publish.ts). The release itself is never public: it is the editors' plan.
 */
export const Releases: CollectionConfig<'releases'> = {
  slug: 'releases',
  admin: {
    group: adminGroups.guide,
    useAsTitle: 'title',
    defaultColumns: ['title', 'state', 'publishAt', 'publishedAt'],
    description:
      'Drafts published together, all or none: readers never see half of a release. Publish now from the release, or give it a time.',
  },
  access: { create: editorsOnly, read: readVersions, update: editorsOnly, delete: editorsOnly },
  defaultSort: '-updatedAt',
  endpoints: [publishReleaseEndpoint],
  hooks: { afterChange: [scheduleRelease] },
  fields: safeText([
    { name: 'title', type: 'text', required: true },
    {
      name: 'documents',
      type: 'relationship',
      relationTo: [...COLLECTION_SLUGS],
      hasMany: true,
      required: true,
      admin: { description: 'Each is published as its latest draft reads when the release runs.' },
    },
    {
      name: 'publishAt',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', timeIntervals: 1 },
        description: 'Leave empty to publish from here with "Publish release now".',
      },
    },
    {
      name: 'state',
      type: 'select',
      options: [...RELEASE_STATES],
      defaultValue: 'planned',
      required: true,
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'publishNow',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/releases/admin/PublishRelease#PublishRelease' },
      },
    },
    {
      name: 'publishedAt',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'outcome',
      type: 'textarea',
      admin: {
        readOnly: true,
        description:
          'What the last attempt did: what it published, or which document failed and why.',
      },
    },
  ]),
}
