import { createContentClient, type ContentClient } from '@mlops-guide/content'
import { CMS_INTERNAL_URL } from '$app/env/private'

let anonymous: ContentClient | undefined

/**
 * A client without the site's key, for what anyone can make the site ask by making up an
 * address (an old page's redirect, an old change of the record): it reads on the anonymous
 * budget of the site's address, so a flood of made-up addresses can never spend the budget
 * the site's content reads live on. Made on first use, when the environment has been read.
 */
export const anonymousClient = (): ContentClient =>
  (anonymous ??= createContentClient({ baseUrl: CMS_INTERNAL_URL, timeoutMs: 2000 }))
