import type { CollectionConfig } from 'payload'

import { PUBLIC_CHANGES } from '@mlops-guide/content/events'

import { admin } from '../access/admin'
import { nobody } from '../access/nobody'
import { safeText } from '../fields/text'
import { redeliverEndpoint } from '../webhooks/redeliver'
import { adminGroups } from './groups'

/**
 * The delivery log: one entry per event per subscriber, updated by every attempt
 * (webhooks/deliverTask.ts). Written only by the CMS itself; admins read it.
 */
export const WebhookDeliveries: CollectionConfig<'webhook-deliveries'> = {
  slug: 'webhook-deliveries',
  labels: { singular: 'Webhook delivery', plural: 'Webhook deliveries' },
  admin: {
    group: adminGroups.admin,
    useAsTitle: 'target',
    defaultColumns: [
      'sequence',
      'target',
      'change',
      'subscriber',
      'status',
      'attempts',
      'lastStatus',
      'updatedAt',
    ],
    description:
      'Every notice sent to a webhook and how it went. "Retrying": the last attempt failed and another is due (the wait doubles each time); "failed": every attempt failed.',
  },
  access: { create: nobody, read: admin, update: nobody, delete: admin },
  defaultSort: '-createdAt',
  fields: safeText([
    { name: 'subscriber', type: 'relationship', relationTo: 'webhook-subscribers', index: true },
    { name: 'target', type: 'text', admin: { description: 'What changed.' } },
    // The event's own change (@mlops-guide/content/events).
    { name: 'change', type: 'select', options: [...PUBLIC_CHANGES, 'reset'] },
    {
      name: 'sequence',
      type: 'number',
      index: true,
      admin: { description: "The event's sequence number: receivers apply each once, in order." },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      options: ['pending', 'retrying', 'delivered', 'failed'],
      index: true,
    },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'lastStatus', label: 'Last HTTP status', type: 'number' },
    { name: 'lastError', type: 'text' },
    { name: 'deliveredAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'event', type: 'json', admin: { description: 'The JSON body sent.' } },
    {
      name: 'attemptLog',
      label: 'Attempts',
      type: 'array',
      admin: { description: 'Every attempt, oldest first.', readOnly: true },
      fields: [
        { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'ms', label: 'Took (ms)', type: 'number' },
        { name: 'status', label: 'HTTP status', type: 'number' },
        { name: 'error', type: 'text' },
        { name: 'response', label: 'Answer (start)', type: 'text' },
      ],
    },
    {
      name: 'redeliver',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/webhooks/admin/Redeliver#Redeliver' },
      },
    },
  ]),
  endpoints: [redeliverEndpoint],
}
