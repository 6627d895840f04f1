import type { Field } from 'payload'

import { numberRule } from './numberRule'

type Years = { yearsFrom?: number | null; yearsTo?: number | null }

/**
 * "0-2 years", "6+ years": from is required unless the whole range is optional,
 * an empty "to" means open-ended, and from <= to.
 */
export const yearsRange = ({ required }: { required: boolean }): Field => ({
  type: 'row',
  fields: [
    {
      name: 'yearsFrom',
      label: 'Years from',
      type: 'number',
      min: 0,
      max: 60,
      required,
      admin: { width: '50%', step: 1 },
    },
    {
      name: 'yearsTo',
      label: 'Years to',
      type: 'number',
      min: 0,
      max: 60,
      admin: {
        width: '50%',
        step: 1,
        description: 'Leave empty for an open-ended range ("8+ years").',
      },
      validate: numberRule<Years>((value, siblingData) => {
        const from = siblingData.yearsFrom
        if (value == null || from == null) return true
        return value >= from ? true : `Must not be less than "Years from" (${from})`
      }),
    },
  ],
})
