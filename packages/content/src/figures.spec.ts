import { describe, expect, it } from 'vitest'

import {
  FIGURE_FORMATS,
  figureMarkAttributes,
  formatFigure,
  isFigureFormat,
  withFigureValues,
} from './figures.ts'

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

describe('withFigureValues', () => {
  const band = { collection: 'salary-bands', id: 3 } as const
  const mark = (target: { collection: 'salary-bands' | 'roles'; id: number }, format: string) =>
    `<span ${figureMarkAttributes(target, format)}>old</span>`

  it('shows the new value in every figure quoting the document, in its own format', () => {
    const html = `<p>From ${mark(band, 'min')} to ${mark(band, 'max')}.</p>`
    expect(withFigureValues(html, band, senior)).toBe(
      `<p>From <span ${figureMarkAttributes(band, 'min')}>$210k</span> to ` +
        `<span ${figureMarkAttributes(band, 'max')}>$270k</span>.</p>`,
    )
  })

  it('leaves figures of other documents, and formats the source cannot give, as they are', () => {
    const html = `${mark({ collection: 'salary-bands', id: 33 }, 'max')} ${mark(band, 'years')}`
    const role = mark({ collection: 'roles', id: 3 }, 'max')
    expect(withFigureValues(html + role, band, senior)).toBe(html + role)
  })

  it('marks nothing for an unknown format', () => {
    expect(figureMarkAttributes(band, 'bogus')).toBeNull()
  })
})
