import type { Field } from 'payload'

/** Where a figure comes from, so stale numbers can be found and reviewed. */
export const source = (): Field => ({
  type: 'row',
  fields: [
    {
      name: 'source',
      type: 'text',
      required: true,
      admin: { width: '60%', description: 'Where this figure comes from (publication or survey).' },
    },
    {
      name: 'asOf',
      label: 'As of',
      type: 'date',
      admin: {
        width: '40%',
        date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
        // Readers see an as-of date only where an editor set one: the guide itself gives none.
        description: 'The date the source describes, if it names one. Leave empty otherwise.',
        // List views flag dates over twelve months old for review.
        components: { Cell: '/components/staleFigures/AsOfCell#AsOfCell' },
      },
    },
  ],
})

/** Goes above the list of a collection with source(): a link to its stale figures. */
export const staleFiguresLink = '/components/staleFigures/StaleFiguresLink#StaleFiguresLink'
