import { describe, expect, it } from 'vitest'

import { contentEventProblem, NOTICE_MAX_EVENTS } from './events.ts'
import { changeNoticeProblem } from './webhook.ts'

const event = {
  sequence: 7,
  time: '2026-12-06T10:00:00.000Z',
  change: 'updated',
  document: { kind: 'collection', slug: 'salary-bands', id: 3 },
  version: { id: 12, updatedAt: '2026-12-06T10:00:00.000Z' },
  cause: null,
  alsoChanged: [{ kind: 'collection', slug: 'faqs', id: 4 }],
}

describe('contentEventProblem', () => {
  it('accepts a document event and a reset', () => {
    expect(contentEventProblem(event)).toBeNull()
    const reset = { sequence: 8, time: event.time, change: 'reset', reason: 'restored' }
    expect(contentEventProblem(reset)).toBeNull()
  })

  it('names the first field that is wrong, under the path it is given', () => {
    expect(contentEventProblem({ ...event, sequence: -1 })).toMatch(/^event\.sequence: /)
    expect(contentEventProblem({ ...event, version: { id: 1 } }, 'events[2]')).toMatch(
      /^events\[2\]\.version: /,
    )
    expect(contentEventProblem({ ...event, cause: { sequence: 1 } })).toMatch(/^event\.cause: /)
    expect(contentEventProblem([])).toBe('event: must be an object')
  })

  it('refuses a notice with more events, or an event naming more documents, than the CMS sends', () => {
    const many = Array(NOTICE_MAX_EVENTS + 1).fill(event)
    expect(changeNoticeProblem({ events: many })).toMatch(/^events: must hold at most/)
    const wide = { ...event, alsoChanged: Array(NOTICE_MAX_EVENTS + 1).fill(event.document) }
    expect(changeNoticeProblem({ events: [wide] })).toMatch(/^events\[0\]\.alsoChanged: /)
    expect(changeNoticeProblem({ events: [event] })).toBeNull()
  })
})
