import { randomBytes } from 'node:crypto'
import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import { COLLECTION_SLUGS, GLOBAL_SLUGS } from '@mlops-guide/content/collections'

import { admin } from '../access/admin'
import { adminGroups } from './groups'
import { safeText } from '../fields/text'

/** Where another app wants to hear of content changes (events/toWebhooks.ts). */
export const WebhookSubscribers: CollectionConfig<'webhook-subscribers'> = {
  slug: 'webhook-subscribers',
  labels: { singular: 'Webhook', plural: 'Webhooks' },
  admin: {
    group: adminGroups.admin,
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'active', 'updatedAt'],
    description:
      'Other apps told when content is published, unpublished or deleted: a signed JSON POST to their URL, retried with backoff until they answer 2xx. Each delivery shows below and under "Webhook deliveries". The signature scheme is in the README and /api/docs.',
  },
  access: { create: admin, read: admin, update: admin, delete: admin },
  fields: safeText([
    { name: 'name', type: 'text', required: true, admin: { description: 'Which app this is.' } },
    {
      name: 'url',
      label: 'URL',
      type: 'text',
      required: true,
      admin: { description: 'Where the notices are POSTed: an http(s) address.' },
      validate: ((value, options) => {
        // A custom validate replaces Payload's (required): run it first.
        const base = (text as TextFieldSingleValidation)(value, options)
        if (base !== true || !value) return base
        try {
          const url = new URL(value)
          if (url.protocol !== 'https:' && url.protocol !== 'http:')
            return 'Must be an http:// or https:// address'
          if (url.username || url.password) return 'Must not carry a user name or password'
          return true
        } catch {
          return 'Must be a full address, e.g. https://example.com/hooks/guide'
        }
      }) satisfies TextFieldSingleValidation,
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      minLength: 32,
      defaultValue: () => randomBytes(32).toString('hex'),
      admin: {
        description:
          "Give this to the receiving app: it verifies each notice's x-guide-signature with it (verifyWebhook in @mlops-guide/content/webhook). Generated for you; replace it to rotate.",
      },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['publish', 'unpublish', 'delete'],
      options: [
        { label: 'Published or updated', value: 'publish' },
        { label: 'Unpublished', value: 'unpublish' },
        { label: 'Deleted', value: 'delete' },
      ],
    },
    {
      name: 'content',
      type: 'select',
      hasMany: true,
      // "career-stages" → "Career stages": the words editors see in the sidebar.
      options: [...COLLECTION_SLUGS, ...GLOBAL_SLUGS].map((value) => ({
        value,
        label: value[0]!.toUpperCase() + value.slice(1).replace(/-/g, ' '),
      })),
      admin: { description: 'Only changes to these. Empty: every collection and the page text.' },
    },
    {
      name: 'documents',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS,
      hasMany: true,
      admin: {
        description:
          'Only changes to these documents (e.g. only the Senior band), including those caused by a change to another one. Empty: every document of the content above.',
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar', description: 'Untick to pause deliveries.' },
    },
    {
      name: 'deliveries',
      type: 'join',
      collection: 'webhook-deliveries',
      on: 'subscriber',
      defaultSort: '-createdAt',
      defaultLimit: 20,
      admin: {
        defaultColumns: ['target', 'change', 'status', 'attempts', 'lastStatus', 'updatedAt'],
      },
    },
  ]),
}
