import type { CollectionSlug, Payload } from 'payload'

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * A document as an agent reads it: Payload's internal fields (`_status`, `_order`) left out,
 * and rich text as its HTML twin only (`answerHtml`), not the editor's Lexical JSON.
 * Populated relationships are cleaned the same way.
 */
export function publicDocument(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(publicDocument)
  if (!isRecord(value)) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, v]) => !key.startsWith('_') && !(isRecord(v) && 'root' in v))
      .map(([key, v]) => [key, publicDocument(v)]),
  )
}

/** What the admin titles a document by (its collection's `useAsTitle`), e.g. a band's level. */
export function titleOf(payload: Payload, collection: CollectionSlug, doc: object): string {
  const field = payload.collections[collection].config.admin.useAsTitle
  const title = field ? (doc as Record<string, unknown>)[field] : undefined
  return typeof title === 'string' ? title : String((doc as { id?: unknown }).id)
}
