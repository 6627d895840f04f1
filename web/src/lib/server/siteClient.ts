import { createContentClient, type ContentClient } from '@mlops-guide/content'
import { CMS_INTERNAL_URL, SITE_API_KEY } from '$app/env/private'

/**
 * The site's one client of the CMS. It reads as its own named API client (the CMS's
 * "Public site" key): its own rate limit, which no one else on its address can spend.
 */
export const siteClient: ContentClient = createContentClient({
  baseUrl: CMS_INTERNAL_URL,
  apiKey: SITE_API_KEY || undefined,
  timeoutMs: 5000,
})
