import { describe, expect, it } from 'vitest'

import { Lru } from './lru.js'

const filled = (lru: Lru<string>, keys: string[]) => {
  for (const key of keys) lru.set(key, key)
  return lru
}

describe('a bounded least-recently-used map', () => {
  it('forgets the least recently read entry past its count', () => {
    const lru = filled(new Lru<string>(3), ['a', 'b', 'c'])
    expect(lru.get('a')).toBe('a')
    lru.set('d', 'd')
    expect([...lru.map.keys()]).toEqual(['c', 'a', 'd'])
    expect(lru.get('b')).toBeUndefined()
  })

  it('forgets the oldest entries past its bytes, and keeps its byte count exact', () => {
    const lru = filled(new Lru<string>(100, 10, (v) => v.length), ['aaaa', 'bbbb'])
    expect(lru.bytes).toBe(8)
    lru.set('cccc', 'cccc')
    expect([...lru.map.keys()]).toEqual(['bbbb', 'cccc'])
    expect(lru.bytes).toBe(8)
    lru.set('bbbb', 'bb') // replacing a value counts the new size only
    expect(lru.bytes).toBe(6)
    lru.delete('cccc')
    expect(lru.bytes).toBe(2)
  })

  it('keeps nothing larger than its bytes, and nothing at all once cleared', () => {
    const lru = filled(new Lru<string>(100, 10, (v) => v.length), ['aa'])
    lru.set('big', 'x'.repeat(11))
    expect(lru.get('big')).toBeUndefined()
    expect(lru.bytes).toBe(0)
    lru.set('a', 'a')
    lru.clear()
    expect(lru.map.size).toBe(0)
    expect(lru.bytes).toBe(0)
  })
})
