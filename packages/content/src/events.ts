import type { GuideCollectionSlug, GlobalSlug } from './collections.ts'

/** A document or global of the guide. */
export type DocumentRef =
  | { kind: 'collection'; slug: GuideCollectionSlug; id: number }
  | { kind: 'global'; slug: GlobalSlug }

/**
 * What happened to what readers see:
 * - `published`: it became public (first publish, or a publish after an unpublish);
 * - `updated`: it was public and its public answer changed (a new published version, or,
 *   with `cause`, a change of a document it quotes or shows);
 * - `unpublished`: it was public and is not any more (it still exists as a draft);
 * - `deleted`: it was public and was deleted.
 * Saving or autosaving a draft, and deleting a document that was never public, are no event.
 */
export type PublicChange = 'published' | 'updated' | 'unpublished' | 'deleted'

/** The published version an event is about: cite it with `/api/<slug>/versions/<id>`. */
export type PublishedVersion = { id: number | string; updatedAt: string }

export type DocumentEvent = {
  /**
   * Strictly increasing across every event of this CMS, and never reused, not even after the
   * database is restored from a backup: apply an event only when its sequence is above the
   * last one you applied (deliveries are at least once, so the same one can come twice).
   */
  sequence: number
  /** When the change was recorded (ISO 8601), inside the write's own transaction. */
  time: string
  change: PublicChange
  document: DocumentRef
  /** The published version after the change; null when it is no longer public. */
  version: PublishedVersion | null
  /**
   * For a change made by another document (a band whose figure this FAQ quotes, a band this
   * stage shows): that document and its event's sequence. Null for a change of its own.
   */
  cause: { sequence: number; document: DocumentRef } | null
  /**
   * The documents whose public answer changed because of this one: those quoting its figures
   * and those showing it through a relationship. Each also gets its own `updated` event,
   * right after this one, with this event as its `cause`.
   */
  alsoChanged: DocumentRef[]
}

/**
 * Everything may have changed: the database was restored from a backup (or its event record
 * went backwards). Drop whatever you keep of the guide and fetch it again.
 */
export type ResetEvent = {
  sequence: number
  time: string
  change: 'reset'
  reason: 'restored'
}

/**
 * One event for every change readers can see, the same for every consumer: the webhooks other
 * apps register (one delivery per event, this as its body), the site's change notice (a batch
 * of these), the CMS's own read cache. Recorded in the write's transaction (a write that
 * rolls back has none) and delivered after it commits, in sequence order.
 */
export type ContentEvent = DocumentEvent | ResetEvent

export const PUBLIC_CHANGES: readonly PublicChange[] = [
  'published',
  'updated',
  'unpublished',
  'deleted',
]

/** A short name for logs and the delivery log: `faqs 12`, `guide-page`, `everything`. */
export function describeTarget(event: ContentEvent): string {
  if (event.change === 'reset') return 'everything'
  const { document } = event
  return document.kind === 'global' ? document.slug : `${document.slug} ${document.id}`
}

/** Keeps the events a consumer has not applied yet, in sequence order. */
export function unapplied<E extends { sequence: number }>(events: E[], lastApplied: number): E[] {
  return events.filter((e) => e.sequence > lastApplied).sort((a, b) => a.sequence - b.sequence)
}

/** The most events one change notice carries (the CMS dispatches them in batches of this size). */
export const NOTICE_MAX_EVENTS = 200

type Check = (value: unknown) => boolean
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isSequence: Check = (v) => Number.isSafeInteger(v) && (v as number) > 0
const isTime: Check = (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v))
const isRef: Check = (v) =>
  isObject(v) &&
  ((v.kind === 'global' && typeof v.slug === 'string') ||
    (v.kind === 'collection' && typeof v.slug === 'string' && Number.isSafeInteger(v.id)))
const isVersion: Check = (v) =>
  v === null ||
  (isObject(v) && (typeof v.id === 'number' || typeof v.id === 'string') && isTime(v.updatedAt))
const isCause: Check = (v) =>
  v === null || (isObject(v) && isSequence(v.sequence) && isRef(v.document))
const isRefList: Check = (v) =>
  Array.isArray(v) && v.length <= NOTICE_MAX_EVENTS && v.every((r) => isRef(r))

/** Each field of a document event and what it must be, for the message that names a bad one. */
const DOCUMENT_FIELDS: Record<string, [Check, string]> = {
  sequence: [isSequence, 'a positive integer'],
  time: [isTime, 'an ISO 8601 date'],
  change: [(v) => PUBLIC_CHANGES.includes(v as PublicChange), PUBLIC_CHANGES.join(', ')],
  document: [isRef, "{ kind: 'collection', slug, id } or { kind: 'global', slug }"],
  version: [isVersion, 'null or { id, updatedAt }'],
  cause: [isCause, 'null or { sequence, document }'],
  alsoChanged: [isRefList, `a list of at most ${NOTICE_MAX_EVENTS} documents`],
}

/**
 * What is wrong with a value received as a content event, named from `path`
 * (`event.sequence: must be a positive integer`), or null when it is one. For receivers: a
 * body that parses as JSON is not yet an event, and a consumer that trusts its shape fails
 * later, further from the cause.
 */
export function contentEventProblem(value: unknown, path = 'event'): string | null {
  if (!isObject(value)) return `${path}: must be an object`
  const fields: Record<string, [Check, string]> =
    value.change === 'reset'
      ? {
          sequence: DOCUMENT_FIELDS.sequence!,
          time: DOCUMENT_FIELDS.time!,
          reason: [(v) => v === 'restored', "'restored'"],
        }
      : DOCUMENT_FIELDS
  for (const [field, [check, expected]] of Object.entries(fields)) {
    if (!check(value[field])) return `${path}.${field}: must be ${expected}`
  }
  return null
}

export const isContentEvent = (value: unknown): value is ContentEvent =>
  contentEventProblem(value) === null
