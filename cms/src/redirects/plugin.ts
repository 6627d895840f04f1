import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import type { Field } from 'payload'

import { PAGE_COLLECTIONS } from '@mlops-guide/content/site-routes'

import { anyone } from '../access/anyone'
import { editorsOnly } from '../access/editorsOnly'
import { bumpingHooks } from '../api/readCache/hooks'
import { adminGroups } from '../collections/groups'
import { safeText } from '../fields/text'
import { fromRule } from './fromRule'
import { leadsToField } from './leadsTo'

const named = (field: Field, name: string) => 'name' in field && field.name === name

/**
 * Payload's redirects collection (`redirects`): an old address of a stage or skill page and
 * the document it now leads to. The CMS makes one whenever a published slug changes
 * (keepOldAddresses.ts); editors see, change and delete them; readers' requests only read
 * them (the site answers a missing page with a 301 to the document's current page).
 *
 * Of the plugin's fields, "to" keeps only the document: a typed URL could lead anywhere and
 * would not follow the document's next rename. Its status is always 301 (the site's), so the
 * plugin's redirect type is not offered.
 */
export const redirects = redirectsPlugin({
  collections: [...PAGE_COLLECTIONS],
  overrides: {
    labels: { singular: 'Redirect', plural: 'Redirects' },
    // Public: the site and other apps need them to follow old links; they reveal no draft.
    access: { create: editorsOnly, read: anyone, update: editorsOnly, delete: editorsOnly },
    admin: {
      group: adminGroups.guide,
      useAsTitle: 'from',
      defaultColumns: ['from', 'leadsTo', 'updatedAt'],
      description:
        'Old addresses of stage and skill pages, each answered with a permanent (301) redirect to the page of the document it names. Made when a published slug changes; delete one to let its address answer "not found".',
    },
    // Every write and delete is public at once: the API's read cache must not outlive it.
    hooks: bumpingHooks({}),
    fields: ({ defaultFields }) =>
      safeText([
        ...defaultFields.map((field): Field => {
          if (named(field, 'from') && field.type === 'text' && !field.hasMany) {
            return {
              ...field,
              validate: fromRule,
              admin: { description: 'e.g. /career-path/old-name or /skills/old-name' },
            }
          }
          if (named(field, 'to') && field.type === 'group') {
            return {
              ...field,
              fields: field.fields
                .filter((sub) => named(sub, 'reference'))
                .map((sub) => ({
                  ...sub,
                  admin: { description: 'Readers are sent to its current page.' },
                })) as Field[],
            }
          }
          return field
        }),
        leadsToField,
      ]),
  },
})
