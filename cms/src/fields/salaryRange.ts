import type { Field } from 'payload'

import { numberRule } from './numberRule'

type Salary = { minSalary?: number | null; maxSalary?: number | null }

const usd = (n: number) => `$${n.toLocaleString('en-US')}`

/** Base salary in whole currency units (120000, not 120k), min <= max, optional "+" top. */
export const salaryRange = (): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'minSalary',
        label: 'Minimum base salary',
        type: 'number',
        required: true,
        min: 0,
        admin: { width: '50%', step: 1000, description: 'Whole dollars, e.g. 120000.' },
        validate: numberRule((value) =>
          value == null || Number.isInteger(value) ? true : 'Must be whole dollars, e.g. 120000',
        ),
      },
      {
        name: 'maxSalary',
        label: 'Maximum base salary',
        type: 'number',
        required: true,
        min: 0,
        admin: { width: '50%', step: 1000, description: 'Whole dollars, e.g. 160000.' },
        validate: numberRule<Salary>((value, siblingData) => {
          if (value == null) return true
          if (!Number.isInteger(value)) return 'Must be whole dollars, e.g. 160000'
          const min = siblingData.minSalary
          if (min != null && value < min) {
            return `Below the minimum base salary (${usd(min)})`
          }
          return true
        }),
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'currency',
        type: 'select',
        required: true,
        defaultValue: 'USD',
        options: ['USD', 'EUR', 'GBP'],
        admin: { width: '50%' },
      },
      {
        name: 'openEnded',
        label: 'Open-ended top',
        type: 'checkbox',
        defaultValue: false,
        admin: {
          width: '50%',
          description: 'Shown with a "+" after the maximum ("$270k-$380k+").',
        },
      },
    ],
  },
]
