import { describe, expect, it } from 'vitest'

import { FIGURE_FORMATS, formatFigure, isFigureFormat } from './figures.ts'

const senior = { minSalary: 210000, maxSalary: 270000, openEnded: false }
const staff = { minSalary: 270000, maxSalary: 380000, openEnded: true }

describe('formatFigure', () => {
  it('writes ranges the way the guide does', () => {
    expect(formatFigure({ minSalary: 120000, maxSalary: 160000 }, 'range')).toBe('$120k-$160k')
    expect(formatFigure(staff, 'range')).toBe('$270k-$380k+')
    expect(formatFigure(senior, 'rangePlus')).toBe('$210k-$270k+')
    // "and up" never doubles the plus of an open-ended top
    expect(formatFigure(staff, 'rangePlus')).toBe('$270k-$380k+')
  })

  it('writes either end alone', () => {
    expect(formatFigure(senior, 'min')).toBe('$210k')
    expect(formatFigure(senior, 'max')).toBe('$270k')
    expect(formatFigure(staff, 'max')).toBe('$380k+')
  })

  it('writes years, open-ended or not', () => {
    expect(formatFigure({ yearsFrom: 0, yearsTo: 2 }, 'years')).toBe('0-2 years')
    expect(formatFigure({ yearsFrom: 8, yearsTo: null }, 'years')).toBe('8+ years')
  })

  it('returns null when the document lacks what the format needs', () => {
    expect(formatFigure({ yearsFrom: 0, yearsTo: 2 }, 'range')).toBeNull()
    expect(formatFigure(senior, 'years')).toBeNull()
  })

  it('knows its formats and nothing else', () => {
    for (const format of Object.keys(FIGURE_FORMATS)) expect(isFigureFormat(format)).toBe(true)
    for (const other of ['', 'toString', '__proto__', 'RANGE', 1, null]) {
      expect(isFigureFormat(other)).toBe(false)
    }
  })
})
