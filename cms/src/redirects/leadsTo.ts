import type { FieldHook, TextField } from 'payload'

import { redirectTarget, type PageCollection } from '@mlops-guide/content/site-routes'

import type { Redirect } from '@mlops-guide/content/types'

/**
 * The page a redirect sends readers to now, worked out on every read (a virtual field: no
 * column), so the admin's list shows it beside "From" and API clients need no second request.
 * Read as the reader asking (a document they cannot read leads nowhere: null).
 */
const currentPage: FieldHook<Redirect> = async ({ data, req }) => {
  const reference = data?.to?.reference
  if (!reference) return null
  const { relationTo, value } = reference
  const doc =
    typeof value === 'object'
      ? value
      : await req.payload.findByID({
          collection: relationTo as PageCollection,
          id: value,
          depth: 0,
          draft: false,
          overrideAccess: false,
          disableErrors: true,
          select: { slug: true },
          req,
        })
  return doc ? redirectTarget({ to: { reference: { relationTo, value: doc } } }) : null
}

export const leadsToField: TextField = {
  name: 'leadsTo',
  label: 'Leads to',
  type: 'text',
  virtual: true,
  admin: { readOnly: true, description: 'The page readers are sent to now.' },
  hooks: { afterRead: [currentPage] },
}
