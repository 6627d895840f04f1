import { describe, expect, it } from 'vitest'

// The seed's own roles (the guide's), not copies of them.
import { roles } from '../../../../cms/src/seed/fixtures/roles.ts'
import { readStanding, type StandingText } from './standing.ts'

const text = {
  yearsField: 'Years of experience',
  fromField: 'The role you come from',
  yearsProblem: 'enter a whole number from 0 to 60',
  fromProblem: 'choose one of the roles listed, or none',
  repeatedProblem: 'give it once',
} as StandingText
const read = (query: string) =>
  readStanding(
    new URLSearchParams(query),
    roles.map((r) => r.slug),
    text,
  )

describe('readStanding', () => {
  it('asks nothing of an address without its fields', () => {
    expect(read('').asked).toBe(false)
    expect(read('utm_source=x').problems).toEqual({})
  })

  it('reads whole years from 0 to 60 and an optional role of the guide', () => {
    expect(read('years=4&from=devops')).toMatchObject({ years: 4, from: 'devops', problems: {} })
    expect(read('years=0&from=')).toMatchObject({ years: 0, from: null, problems: {} })
    expect(read('years=60')).toMatchObject({ years: 60, problems: {} })
  })

  // The class of inputs anyone can type into an address: each is a problem named by its field.
  const years = 'Years of experience: enter a whole number from 0 to 60.'
  const from = 'The role you come from: choose one of the roles listed, or none.'
  const hostile: [string, Record<string, string>][] = [
    ['years=-1', { years }],
    ['years=999', { years }],
    ['years=61', { years }],
    ['years=4.5', { years }],
    ['years=abc', { years }],
    ['years=', { years }],
    ['from=devops', { years }],
    ['years=%EF%BC%94', { years }], // a full-width "４"
    ['years=1e1', { years }],
    ['years=' + 'x'.repeat(100_000), { years }],
    ['years=3&years=5', { years: 'Years of experience: give it once.' }],
    ['years=3&from=kubernetes', { from }],
    ['years=3&from=DevOps', { from }],
    ['years=3&from=d%C3%A9vops%F0%9F%98%80', { from }],
    ['years=3&from=devops&from=mlops', { from: 'The role you come from: give it once.' }],
    ['years=x&from=y', { years, from }],
  ]
  for (const [query, problems] of hostile) {
    it(`names the field of ${query.slice(0, 40)}`, () => {
      const answer = read(query)
      expect(answer.problems).toEqual(problems)
      expect(answer.values.years.length).toBeLessThanOrEqual(40)
    })
  }
})
