import type { FlattenedBlocksField, FlattenedField, SanitizedConfig } from 'payload'

/** What a query may do with a field, by the kind of value it holds. */
export type Leaf =
  | { kind: 'text' }
  // A select or radio: PostgreSQL stores an enum, which takes only its own values.
  | { kind: 'option'; options: string[] }
  | { kind: 'number'; integer: boolean }
  | { kind: 'date' }
  | { kind: 'boolean' }
  | { kind: 'id'; hasMany: boolean; polymorphic: boolean }
  | { kind: 'structured' } // rich text, JSON, arrays, groups, blocks: only `exists`

const MAX_SEGMENTS = 6

/** Columns every collection has that are not in its field list. */
const BUILT_IN: Record<string, Leaf> = {
  id: { kind: 'number', integer: true },
  _order: { kind: 'text' },
}

/** The kind of value a field holds: one table for the query checks and the body checks. */
export function leafOf(field: FlattenedField): Leaf {
  switch (field.type) {
    case 'number':
      return { kind: 'number', integer: false }
    case 'date':
      return { kind: 'date' }
    case 'checkbox':
      return { kind: 'boolean' }
    case 'relationship':
    case 'upload':
      return {
        kind: 'id',
        hasMany: Boolean(field.hasMany),
        polymorphic: Array.isArray(field.relationTo),
      }
    case 'select':
    case 'radio':
      return {
        kind: 'option',
        options: field.options.map((o) => (typeof o === 'string' ? o : o.value)),
      }
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return { kind: 'text' }
    default:
      return { kind: 'structured' }
  }
}

/** A blocks field's blocks, those given by reference (config.blocks) looked up. */
export const blocksOf = (field: FlattenedBlocksField, config: SanitizedConfig) =>
  (field.blockReferences ?? field.blocks).flatMap((b) =>
    typeof b === 'string' ? (config.blocks?.filter((x) => x.slug === b) ?? []) : [b],
  )

/** The fields one step below `field`, or null where a path cannot go on. */
function childrenOf(field: FlattenedField, config: SanitizedConfig): FlattenedField[] | null {
  if (field.type === 'group' || field.type === 'array' || field.type === 'tab') {
    return field.flattenedFields
  }
  if (field.type === 'blocks') {
    return [
      { name: 'blockType', type: 'text' } as FlattenedField,
      ...blocksOf(field, config).flatMap((b) => b.flattenedFields),
    ]
  }
  if (
    (field.type === 'relationship' || field.type === 'upload') &&
    !Array.isArray(field.relationTo)
  ) {
    return config.collections.find((c) => c.slug === field.relationTo)?.flattenedFields ?? null
  }
  return null
}

/**
 * The leaf a dotted path (`salaryBand.slug`, `sizes.thumbnail.url`) names in `fields`, or a
 * message saying which segment is unknown. Hand-written: Payload resolves paths only inside
 * its database adapters, where an unknown or mistyped one surfaces as a 500.
 */
export function resolvePath(
  path: string,
  fields: FlattenedField[],
  config: SanitizedConfig,
): Leaf | string {
  const segments = path.split('.')
  if (segments.length > MAX_SEGMENTS) return `goes deeper than ${MAX_SEGMENTS} fields`
  let current: FlattenedField[] | null = fields
  for (let i = 0; i < segments.length; i++) {
    const name = segments[i]!
    const last = i === segments.length - 1
    if (!current) return `"${segments.slice(0, i).join('.')}" has no fields below it`
    const field: FlattenedField | undefined = current.find((f) => 'name' in f && f.name === name)
    if (!field) {
      // Own keys only: a name such as "constructor" must not find what every object inherits.
      if (last && Object.hasOwn(BUILT_IN, name)) return BUILT_IN[name]!
      return `no field "${name}"${i ? ` in "${segments.slice(0, i).join('.')}"` : ''}`
    }
    if (field.type === 'relationship' || field.type === 'upload') {
      if (Array.isArray(field.relationTo) && !last) {
        const rest = segments.slice(i + 1).join('.')
        if (rest === 'relationTo') return { kind: 'text' }
        if (rest === 'value') return { kind: 'id', hasMany: false, polymorphic: false }
        return `"${name}" can be queried by "relationTo" or "value" only`
      }
    }
    if (last) return leafOf(field)
    current = childrenOf(field, config)
  }
  return 'is empty'
}
