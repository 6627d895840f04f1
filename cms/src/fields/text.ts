import { type Field, type FieldHook, ValidationError } from 'payload'

/**
 * The most characters (UTF-16 code units, as Payload's own `maxLength` counts them) each kind
 * of text field takes. A text or e-mail field may be indexed (slugs, names, e-mail addresses,
 * and their copies in the versions tables), and PostgreSQL's btree index refuses an entry over
 * 2,704 bytes with a 500: at 4 bytes per character, 300 characters stay under half of it.
 * Names, titles, labels, slugs, sources and addresses fit in 300; e-mail addresses in RFC
 * 5321's 254. A textarea (summaries, descriptions) is never indexed and gets more room.
 */
export const TEXT_LIMITS = { text: 300, email: 254, textarea: 4000 } as const

/** What a code point is, when it has no place in stored text; null when it is fine. */
function badCodePoint(cp: number, multiline: boolean): string | null {
  if (cp >= 0xd800 && cp <= 0xdfff) return 'a lone surrogate'
  // Tab and line breaks are text in a textarea or a rich-text paragraph, never in a name.
  if (multiline && (cp === 0x09 || cp === 0x0a || cp === 0x0d)) return null
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return 'a control character'
  // Unicode's non-characters: U+FDD0..U+FDEF and the last two code points of every plane.
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return 'a non-character'
  return null
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`

/**
 * Why `text` cannot be stored, or null. Control characters break the Atom feed's XML and
 * hide in exports; non-characters and lone surrogates are not text at all (a lone surrogate
 * would be stored as U+FFFD, silently changed). Hand-written: a loop over code points, as no
 * library names the offending character and its position.
 */
export function unsafeText(text: string, { multiline }: { multiline: boolean }): string | null {
  let at = 0
  for (const char of text) {
    at++
    const cp = char.codePointAt(0)!
    const what = badCodePoint(cp, multiline)
    if (what) return `Contains ${what} (${hex(cp)}) at character ${at}`
  }
  return null
}

/** `text` without the characters `unsafeText` refuses: for text the CMS itself stores. */
export const withoutUnsafeCharacters = (text: string) =>
  [...text].filter((char) => !badCodePoint(char.codePointAt(0)!, false)).join('')

/**
 * Every string of a Lexical document: a text node's text may hold tabs and line breaks,
 * everything else (link addresses, formats, keys) is one line.
 */
function unsafeRichText(node: unknown): string | null {
  if (typeof node === 'string') return unsafeText(node, { multiline: false })
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = unsafeRichText(child)
      if (found) return found
    }
    return null
  }
  if (node === null || typeof node !== 'object') return null
  const isTextNode = (node as { type?: unknown }).type === 'text'
  for (const [key, value] of Object.entries(node)) {
    const found =
      unsafeText(key, { multiline: false }) ??
      (isTextNode && key === 'text' && typeof value === 'string'
        ? unsafeText(value, { multiline: true })
        : unsafeRichText(value))
    if (found) return found
  }
  return null
}

/** Why a field's incoming value cannot be stored, or null. */
function problemOf(field: { type: string; maxLength?: number }, value: unknown): string | null {
  if (value == null) return null
  if (field.type === 'richText') return unsafeRichText(value)
  if (!(field.type in TEXT_LIMITS)) return null
  const max = field.maxLength
  for (const item of Array.isArray(value) ? value : [value]) {
    if (typeof item !== 'string') continue
    if (max !== undefined && item.length > max) {
      return `Must be at most ${max} characters (got ${item.length})`
    }
    const found = unsafeText(item, { multiline: field.type === 'textarea' })
    if (found) return found
  }
  return null
}

/**
 * Runs before validation on every write, drafts included (Payload validates no draft, so
 * `maxLength` alone would let a huge draft reach PostgreSQL's index), through REST, GraphQL
 * and the local API alike: one check, here.
 */
const refuseUnsafeText: FieldHook = ({ collection, field, global, path, req, value }) => {
  const problem = problemOf(field, value)
  if (problem) {
    throw new ValidationError({
      collection: collection?.slug,
      global: global?.slug,
      errors: [{ path: path.join('.'), message: problem }],
      req,
    })
  }
  return value
}

/**
 * `fields` with every text, e-mail and textarea field (at any depth: rows, groups, tabs,
 * arrays, blocks) limited to its kind's length (a smaller `maxLength` of its own stays), and
 * every one of them and every rich-text field checked by `refuseUnsafeText`. Each collection
 * and global passes its fields through this (guide content through guideContent.ts); a test
 * (tests/int/text.int.spec.ts) fails for any text field of the config without it.
 */
export function safeText(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    switch (field.type) {
      case 'row':
      case 'collapsible':
      case 'group':
      case 'array':
        return { ...field, fields: safeText(field.fields) } as Field
      case 'tabs':
        return {
          ...field,
          tabs: field.tabs.map((tab) => ({ ...tab, fields: safeText(tab.fields) })),
        }
      case 'blocks':
        return {
          ...field,
          blocks: field.blocks.map((block) => ({ ...block, fields: safeText(block.fields) })),
        }
    }
    if (
      field.type !== 'text' &&
      field.type !== 'textarea' &&
      field.type !== 'email' &&
      field.type !== 'richText'
    ) {
      return field
    }
    const hooks = {
      ...field.hooks,
      beforeValidate: [refuseUnsafeText, ...(field.hooks?.beforeValidate ?? [])],
    }
    if (field.type === 'richText') return { ...field, hooks }
    const own = 'maxLength' in field ? field.maxLength : undefined
    return {
      ...field,
      hooks,
      maxLength: Math.min(own ?? Infinity, TEXT_LIMITS[field.type]),
    } as Field
  })
}

/** Whether a field went through `safeText` (for the test that every text field did). */
export const isSafeText = (field: object) =>
  'hooks' in field &&
  ((field.hooks as { beforeValidate?: unknown[] } | undefined)?.beforeValidate?.includes(
    refuseUnsafeText,
  ) ??
    false)
