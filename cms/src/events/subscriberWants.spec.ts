import { describe, expect, it } from 'vitest'

import type { ContentEvent } from '@mlops-guide/content/events'

import { type Subscriber, wants } from './subscriberWants'

const subscriber = (over: Partial<Subscriber> = {}): Subscriber => ({
  id: 1,
  createdAt: '2026-12-07T10:00:00.000Z',
  events: ['publish', 'unpublish', 'delete'],
  ...over,
})

const event = (time: string, over: Partial<ContentEvent> = {}) =>
  ({
    sequence: 7,
    time,
    change: 'updated',
    document: { kind: 'collection', slug: 'faqs', id: 12 },
    version: { id: 3, updatedAt: time },
    cause: null,
    alsoChanged: [],
    ...over,
  }) as ContentEvent

describe('which events a webhook gets', () => {
  it('gets what happened after it was made, never what happened before', () => {
    expect(wants(subscriber(), event('2026-12-07T10:00:00.001Z'))).toBe(true)
    expect(wants(subscriber(), event('2026-12-07T09:59:59.999Z'))).toBe(false)
    const reset = { change: 'reset', reason: 'restored' } as Partial<ContentEvent>
    expect(wants(subscriber(), event('2026-12-07T09:00:00.000Z', reset))).toBe(false)
    expect(wants(subscriber(), event('2026-12-07T11:00:00.000Z', reset))).toBe(true)
  })

  it('gets only the changes, content and documents it chose', () => {
    const later = '2026-12-07T11:00:00.000Z'
    expect(wants(subscriber({ events: ['delete'] }), event(later))).toBe(false)
    expect(wants(subscriber({ content: ['salary-bands'] }), event(later))).toBe(false)
    expect(wants(subscriber({ content: ['faqs'] }), event(later))).toBe(true)
    const only = (id: number) => subscriber({ documents: [{ relationTo: 'faqs', value: id }] })
    expect(wants(only(12), event(later))).toBe(true)
    expect(wants(only(13), event(later))).toBe(false)
  })
})
