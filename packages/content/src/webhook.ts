import { createHmac, timingSafeEqual } from 'node:crypto'

import { contentEventProblem, NOTICE_MAX_EVENTS, type ContentEvent } from './events.ts'

export type { ContentEvent } from './events.ts'

/**
 * Signed change notifications from the CMS to the sites that cache its content.
 * Header: `x-guide-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
 * The timestamp bounds replays; the HMAC proves the sender knows the shared secret.
 */
export const SIGNATURE_HEADER = 'x-guide-signature'
const MAX_SKEW_SECONDS = 300

const hmac = (secret: string, timestamp: number, body: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')

export function signBody(secret: string, body: string, now = Date.now()): string {
  const t = Math.floor(now / 1000)
  return `t=${t},v1=${hmac(secret, t, body)}`
}

/** The parts of a signature header: its timestamp (NaN if absent) and its HMAC ('' if absent). */
function signatureParts(header: string | null) {
  const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.split('=', 2)))
  return { t: Number(parts.t), given: typeof parts.v1 === 'string' ? parts.v1 : '' }
}

export function verifySignature(
  secret: string,
  body: string,
  header: string | null,
  now = Date.now(),
): boolean {
  const { t, given } = signatureParts(header)
  if (!Number.isInteger(t) || Math.abs(now / 1000 - t) > MAX_SKEW_SECONDS) return false
  const expected = hmac(secret, t, body)
  return (
    given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  )
}

/** An accepted signature (its HMAC, hex) and when it leaves the accepted window (ms). */
export type SeenSignature = readonly [signature: string, expires: number]

/**
 * Makes signed notices single-use: remembers each accepted signature until its timestamp
 * leaves the accepted window, and refuses the same signature again (a captured notice
 * replayed). Only verified signatures are recorded, so memory is bounded by real traffic.
 * A receiver that restarts within the window passes what it kept (`seen`) and keeps each new
 * one as it is recorded (`onRecord`); the site keeps them in a file
 * (web/src/lib/server/seenNotices.ts).
 */
export function createReplayGuard(
  options: {
    seen?: Iterable<SeenSignature>
    onRecord?: (...seen: SeenSignature) => void
  } = {},
) {
  const seen = new Map<string, number>()
  const live = (now: number) => [...seen].filter(([, expires]) => expires > now)
  for (const [signature, expires] of options.seen ?? []) {
    if (expires > Date.now()) seen.set(signature, expires)
  }
  return {
    /** Whether this verified signature header is new; records it if so. */
    firstUse(header: string, now = Date.now()): boolean {
      // Entries go in roughly in expiry order: drop the expired ones from the front.
      for (const [signature, expires] of seen) {
        if (expires > now) break
        seen.delete(signature)
      }
      const { t, given: signature } = signatureParts(header)
      if (seen.has(signature)) return false
      const expires = (t + MAX_SKEW_SECONDS) * 1000
      seen.set(signature, expires)
      options.onRecord?.(signature, expires)
      return true
    },
    /** The signatures still inside their window, for a receiver to keep. */
    live: (now = Date.now()): SeenSignature[] => live(now),
  }
}

/**
 * What the CMS posts to each site process after content changed: the events it has not
 * been sent yet, in sequence order (@mlops-guide/content/events). Signed like a webhook.
 */
export type ChangeNotice = { events: ContentEvent[] }

/**
 * What is wrong with a parsed change notice, naming the place (`events[2].document: must
 * be ...`), or null when it is one: at most NOTICE_MAX_EVENTS events, each a content event.
 */
export function changeNoticeProblem(value: unknown): string | null {
  const events = (value as Partial<ChangeNotice> | null)?.events
  if (!Array.isArray(events)) return 'events: must be a list of content events'
  if (events.length > NOTICE_MAX_EVENTS) {
    return `events: must hold at most ${NOTICE_MAX_EVENTS} events, not ${events.length}`
  }
  for (const [i, event] of events.entries()) {
    const problem = contentEventProblem(event, `events[${i}]`)
    if (problem) return problem
  }
  return null
}

/**
 * Webhooks for other apps: what the CMS posts to each subscriber an admin registered
 * (Administration → Webhooks) when what readers see changes.
 *
 * - Body: JSON, one `ContentEvent` (@mlops-guide/content/events). Its `sequence` increases
 *   with every event and is never reused: apply an event only when its sequence is above the
 *   last you applied for its document (a retried delivery can arrive after a later one).
 * - `x-guide-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, keyed with
 *   the subscriber's own secret (the scheme of the site's change notices).
 * - `x-guide-delivery: <id>`: the same on every retry of one event.
 * - Answer any 2xx within the timeout (5 s) to acknowledge. Anything else, or no answer, is
 *   retried with exponential backoff; every attempt shows in the admin's delivery log.
 */
export const DELIVERY_HEADER = 'x-guide-delivery'

/**
 * A webhook's event, when its signature is valid and recent (5 minutes) and its body is a
 * content event; null otherwise.
 * Pass the raw body exactly as received (before any JSON parsing) and the
 * x-guide-signature header.
 *
 *     const event = verifyWebhook(secret, await request.text(), request.headers.get(SIGNATURE_HEADER))
 *     if (!event) return new Response('bad signature', { status: 401 })
 */
export function verifyWebhook(
  secret: string,
  rawBody: string,
  signatureHeader: string | null,
  now = Date.now(),
): ContentEvent | null {
  if (!verifySignature(secret, rawBody, signatureHeader, now)) return null
  try {
    const event: unknown = JSON.parse(rawBody)
    return contentEventProblem(event) === null ? (event as ContentEvent) : null
  } catch {
    return null
  }
}
