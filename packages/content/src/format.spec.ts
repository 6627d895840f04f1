import { describe, expect, it } from 'vitest'

import { formatMoneyShort, formatSalaryRange, formatYears, typeset } from './format.ts'

describe('formatSalaryRange', () => {
  it('writes whole thousands as "k" with the currency symbol', () => {
    expect(formatSalaryRange({ minSalary: 120000, maxSalary: 160000 })).toBe('$120k-$160k')
  })

  it('marks an open-ended top with "+"', () => {
    expect(formatSalaryRange({ minSalary: 270000, maxSalary: 380000, openEnded: true })).toBe(
      '$270k-$380k+',
    )
  })

  it('keeps a non-round figure exact to the hundred', () => {
    expect(formatMoneyShort(123500)).toBe('$123.5k')
  })

  it('uses the euro and pound signs, and the code for other currencies', () => {
    expect(formatSalaryRange({ minSalary: 90000, maxSalary: 100000, currency: 'EUR' })).toBe(
      '€90k-€100k',
    )
    expect(formatMoneyShort(50000, 'GBP')).toBe('£50k')
    expect(formatMoneyShort(50000, 'CHF')).toBe('CHF 50k')
  })

  it('writes amounts under a thousand in full', () => {
    expect(formatMoneyShort(950)).toBe('$950')
  })
})

describe('formatYears', () => {
  it('writes a closed range as from-to', () => {
    expect(formatYears({ yearsFrom: 0, yearsTo: 2 })).toBe('0-2')
  })

  it('writes an open range as from+', () => {
    expect(formatYears({ yearsFrom: 8, yearsTo: null })).toBe('8+')
  })

  it('writes nothing when there is no start', () => {
    expect(formatYears({ yearsFrom: null, yearsTo: null })).toBe('')
  })
})

describe('typeset', () => {
  it("turns the guide's spaced double hyphen into a spaced em dash, and leaves ranges alone", () => {
    expect(typeset('Learn fundamentals -- Linux, CI/CD: $120k-$160k, 0-2 years')).toBe(
      'Learn fundamentals — Linux, CI/CD: $120k-$160k, 0-2 years',
    )
  })

  it('leaves double hyphens that are not a dash between words (CSS, comments, flags)', () => {
    expect(typeset('var(--bar) <!-- x --> --all')).toBe('var(--bar) <!-- x --> --all')
  })
})
