import type { Field } from 'payload'

/** A Diff component that renders nothing: the field stays out of the version comparison. */
export const NO_DIFF = '/review/admin/NoDiff#NoDiff'

const withoutDiff = (field: Field): Field =>
  ({
    ...field,
    admin: { ...field.admin, components: { ...field.admin?.components, Diff: NO_DIFF } },
  }) as Field

/**
 * `fields`, at any depth, with every field hidden from the form (the HTML twin of rich text,
 * the slug's "generate" flag) left out of the version comparison too: Payload compares
 * every field a user may read, and editors comparing versions want what readers see.
 */
export function comparingWhatReadersSee(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.admin && 'hidden' in field.admin && field.admin.hidden) return withoutDiff(field)
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: comparingWhatReadersSee(tab.fields) })),
      }
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: field.blocks.map((block) => ({
          ...block,
          fields: comparingWhatReadersSee(block.fields),
        })),
      }
    if ('fields' in field) return { ...field, fields: comparingWhatReadersSee(field.fields) }
    return field
  })
}

/** For a field that is editorial bookkeeping, not content (the review). */
export const outOfComparison = withoutDiff
