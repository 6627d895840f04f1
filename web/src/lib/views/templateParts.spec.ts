import { describe, expect, it } from 'vitest'

import { templateParts } from './templateParts'

describe('templateParts', () => {
  it('cuts at the names it is given, in order, and keeps every other character', () => {
    expect(templateParts('On {date}, before {change}.', ['date', 'change'])).toEqual([
      { text: 'On ' },
      { name: 'date' },
      { text: ', before ' },
      { name: 'change' },
      { text: '.' },
    ])
    expect(templateParts('{change} {other} {change}', ['change'])).toEqual([
      { name: 'change' },
      { text: ' {other} ' },
      { name: 'change' },
    ])
    expect(templateParts('No place at all', ['date'])).toEqual([{ text: 'No place at all' }])
    expect(templateParts('', ['date'])).toEqual([])
  })
})
