import type { FlattenedField } from 'payload'

// Kept by Payload or by our hooks, never typed by an editor (and Payload's own `_status`,
// `_order` and the like, below).
const SYSTEM_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'slug', 'generateSlug'])

/** Rich text holds something once it has a character of text, an image or an element. */
const richTextIsBlank = (value: unknown) => {
  const json = JSON.stringify(value ?? null)
  return !/"text":"[^"]/.test(json) && !/"type":"(upload|block|inlineBlock)"/.test(json)
}

const isBlank = (value: unknown): boolean => {
  if (value === null || value === undefined || value === '' || value === false) return true
  if (Array.isArray(value)) return value.every(isBlank)
  if (typeof value === 'object') return Object.values(value).every(isBlank)
  return false
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Whether a document holds nothing an editor wrote: every field empty or at its default.
 * This is what the admin's "Create New" leaves when nobody types (Payload makes the draft
 * as the view opens, versions.ts), and the one kind of document removed without being
 * asked (endpoints/abandonedCreate.ts): removing it loses nothing.
 */
export function holdsNothingWritten(
  fields: FlattenedField[],
  doc: Record<string, unknown>,
): boolean {
  return fields.every((field) => {
    if (SYSTEM_FIELDS.has(field.name) || field.name.startsWith('_')) return true
    const value = doc[field.name]
    if (field.type === 'richText') return richTextIsBlank(value)
    const fallback = 'defaultValue' in field ? field.defaultValue : undefined
    if (fallback !== undefined && typeof fallback !== 'function' && same(value, fallback))
      return true
    return isBlank(value)
  })
}
