import { redirectTarget } from '@mlops-guide/content/site-routes'
import { error, redirect, type RequestEvent } from '@sveltejs/kit'

import { anonymousClient } from './anonymousClient.ts'

/**
 * The current page the redirect from `path` leads to, or null (none, or no answer). Anyone
 * can make up missing addresses: asked on the anonymous budget (anonymousClient), so past
 * that budget a missing page is a plain 404.
 */
async function redirectedTo(path: string): Promise<string | null> {
  try {
    const found = await anonymousClient().redirectFrom(path)
    return found && redirectTarget(found)
  } catch (e) {
    console.warn(`redirect of ${path} not looked up: ${(e as Error).message}`)
    return null
  }
}

/**
 * A stage or skill page the content does not have: the address may be an old one (its
 * document's slug changed, and the CMS keeps a redirect from it, cms/src/redirects), so it
 * answers a permanent redirect to the document's current page; else the 404 page.
 *
 * Asked of the CMS at the moment, not kept with the content: only such misses ask, the CMS
 * answers them from its read cache (moved by every write of a redirect), and an answer here
 * can never be older than the redirects. The 301 is never kept by the page cache (it keeps
 * 200s and 404s), and this 404 is not kept either (`locals.notKept`): a redirect an editor
 * adds by hand for an address already asked for answers at once, as a deleted one stops.
 * When the CMS does not answer, the address is a 404, as it was before redirects.
 */
export async function oldAddressOr404(
  event: Pick<RequestEvent, 'url' | 'locals'>,
  message: string,
): Promise<never> {
  const path = event.url.pathname
  const target = await redirectedTo(path)
  if (target && target !== path) redirect(301, target)
  event.locals.notKept = true
  error(404, message)
}
