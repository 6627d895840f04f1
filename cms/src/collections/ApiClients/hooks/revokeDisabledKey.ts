import type { CollectionBeforeChangeHook } from 'payload'

import type { ApiClient } from '@mlops-guide/content/types'

/**
 * `enableAPIKey: false` (sent through the API) must revoke the key. Payload keeps the stored key (and the
 * index it authenticates by) when only the checkbox changes through the REST API, so the
 * key would go on working: clear both here.
 */
export const revokeDisabledKey: CollectionBeforeChangeHook<ApiClient> = ({ data }) => {
  if (data.enableAPIKey === false) return { ...data, apiKey: null, apiKeyIndex: null }
  return data
}
