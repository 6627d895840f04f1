import { slugField, type Field } from 'payload'

const URL_SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** "Staff/Principal ML Platform" -> "staff-principal-ml-platform". */
export const toSlug = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '') || undefined
    : undefined

/**
 * Payload's own slug field (auto-generated from `useAsSlug`, lockable in the admin),
 * with a stricter slugify and a validation so a hand-typed slug stays URL-safe.
 */
export const slug = (useAsSlug: string): Field =>
  slugField({
    useAsSlug,
    slugify: ({ valueToSlugify }) => toSlug(valueToSlugify),
    overrides: (row) => {
      const [checkbox, text] = row.fields
      if (text && text.type === 'text') {
        text.admin = {
          ...text.admin,
          description: 'Part of the page address. Lower-case letters, digits and dashes.',
        }
        text.validate = (value: unknown) =>
          typeof value === 'string' && !URL_SAFE.test(value)
            ? `"${value}" is not URL-safe: use lower-case letters, digits and single dashes (e.g. "mlops-engineer")`
            : true
      }
      return { ...row, fields: [checkbox!, text!] }
    },
  })
