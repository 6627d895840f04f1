import type { Payload } from 'payload'

import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

import type { ContentEvent } from '@mlops-guide/content/events'
import { SIGNATURE_HEADER, signBody, type ChangeNotice } from '@mlops-guide/content/webhook'

import { env } from '../env'

/**
 * Every site process behind a URL: one per IPv4 address its host name resolves to. With a
 * Kubernetes headless service that is one per site pod, so pods that come and go all hear
 * of a change; a plain host name or address stays as it is.
 */
async function everyProcess(url: string): Promise<string[]> {
  const { hostname } = new URL(url)
  if (isIP(hostname)) return [url]
  const addresses = await lookup(hostname, { all: true, family: 4 }).catch(() => [])
  if (addresses.length <= 1) return [url]
  return addresses.map(({ address }) => {
    const each = new URL(url)
    each.hostname = address
    return each.toString()
  })
}

async function post(payload: Payload, url: string, events: ContentEvent[]) {
  const body = JSON.stringify({ events } satisfies ChangeNotice)
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          // Signed per attempt: the site takes each signature once (replays are refused).
          [SIGNATURE_HEADER]: signBody(env.REVALIDATE_SECRET ?? '', body),
        },
        body,
        signal: AbortSignal.timeout(5000),
      })
      await res.body?.cancel()
      if (res.ok) return
      throw new Error(`answered ${res.status}`)
    } catch (error) {
      if (attempt >= 2) {
        // The site's own timer refetches everything (CONTENT_REFRESH_SECONDS), and a site
        // that starts fetches everything: a missed notice is late, never lost for good.
        payload.logger.warn(`site change notice ${url} failed: ${(error as Error).message}`)
        return
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
}

/**
 * The site's subscription: every batch of events, signed with the shared secret, to every
 * site process, awaited before the next batch so each process gets them in sequence order.
 * The site refetches what they name (web/src/routes/api/revalidate).
 */
export async function notifySites(payload: Payload, events: ContentEvent[]) {
  if (env.SITE_REVALIDATE_URLS.length === 0 || events.length === 0) return
  const urls = (await Promise.all(env.SITE_REVALIDATE_URLS.map(everyProcess))).flat()
  await Promise.all(urls.map((url) => post(payload, url, events)))
}
