import type { CollectionConfig } from 'payload'

import { admin } from '../../access/admin'
import { bearerKeyStrategy } from '../../api/bearerKeyStrategy'
import { applyPublicApiLimits } from '../../hooks/applyPublicApiLimits'
import { numberRule } from '../../fields/numberRule'
import { adminGroups } from '../groups'
import { revokeDisabledKey } from './hooks/revokeDisabledKey'
import { safeText } from '../../fields/text'

/**
 * Server-to-server readers of the content API. Each has a key (Payload's useAPIKey), sent
 * as `Authorization: Bearer <key>` (api/bearerKeyStrategy.ts) or Payload's
 * `Authorization: api-clients API-Key <key>`; a key reads published content only, with
 * its own rate limit (requestsPerWindow, else RATE_LIMIT_API_KEY). The public site is one
 * such client (database/siteClient.ts). Deleting the entry, generating a new key, or setting
 * `enableAPIKey: false` through the API revokes the old key at once.
 */
export const ApiClients: CollectionConfig<'api-clients'> = {
  slug: 'api-clients',
  labels: { singular: 'API key', plural: 'API keys' },
  auth: { useAPIKey: true, disableLocalStrategy: true, strategies: [bearerKeyStrategy] },
  admin: {
    group: adminGroups.admin,
    useAsTitle: 'name',
    defaultColumns: ['name', 'contact', 'requestsPerWindow', 'enableAPIKey', 'updatedAt'],
    description:
      'Read-only keys for other apps: "Generate new API key", save, and hand the key over; the app sends "Authorization: Bearer <key>". To revoke a key, delete its entry (or generate a new one).',
  },
  access: {
    create: admin,
    read: admin,
    update: admin,
    delete: admin,
  },
  hooks: { beforeOperation: [applyPublicApiLimits], beforeChange: [revokeDisabledKey] },
  fields: safeText([
    {
      name: 'name',
      type: 'text',
      required: true,
      admin: { description: 'Which app uses this key.' },
    },
    { name: 'contact', type: 'email', admin: { description: 'Who to ask about this app.' } },
    {
      name: 'requestsPerWindow',
      label: 'Rate limit',
      type: 'number',
      min: 1,
      max: 10_000_000,
      admin: {
        step: 1,
        description:
          'Requests this key may make per rate-limit window (a minute unless RATE_LIMIT_WINDOW_SECONDS says otherwise), counted across every CMS process. Empty: the default for keys (RATE_LIMIT_API_KEY, 3,000).',
      },
      validate: numberRule((value) =>
        value == null || Number.isInteger(value) ? true : 'Must be a whole number of requests',
      ),
    },
  ]),
}
