import { describe, expect, it } from 'vitest'

import { mentionsIn } from './mentions'

describe('mentionsIn', () => {
  it('finds the salary ranges of the guide, with and without "+"', () => {
    const text =
      'range from $120k-$160k for junior roles to $210k-$270k+ for senior positions. Staff earn $270k-$380k+ in total.'
    expect(
      mentionsIn(text).map((m) => [m.text, m.kind === 'salary' && [m.min, m.max, m.plus]]),
    ).toEqual([
      ['$120k-$160k', [120000, 160000, false]],
      ['$210k-$270k+', [210000, 270000, true]],
      ['$270k-$380k+', [270000, 380000, true]],
    ])
  })

  it('finds year ranges and open-ended years', () => {
    const found = mentionsIn('Juniors (0-2 years) and staff (8+ years), 1 year in.')
    expect(found.map((m) => m.kind === 'years' && [m.text, m.from, m.to])).toEqual([
      ['0-2 years', 0, 2],
      ['8+ years', 8, null],
    ])
  })

  it('reads an en dash and decimals, and its positions index the text', () => {
    const text = 'about $123.5k–$150k'
    const [m] = mentionsIn(text)
    expect(m).toMatchObject({ kind: 'salary', min: 123500, max: 150000 })
    expect(text.slice(m!.start, m!.start + m!.text.length)).toBe(m!.text)
  })

  it('ignores figures that are not ranges, and numbers that are not money or years', () => {
    expect(mentionsIn('a $50k premium, 2-4 teams, 3-5 GPUs, v1.2-1.3')).toEqual([])
  })
})
