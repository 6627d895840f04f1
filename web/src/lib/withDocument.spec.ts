import { describe, expect, it } from 'vitest'

import type { Guide } from '#lib/guide.ts'
import { withDocument, withoutDocument } from './withDocument.ts'

const tool = (id: number, _order: string, name = `Tool ${id}`, updatedAt = '2026-01-01') => ({
  id,
  _order,
  name,
  slug: `tool-${id}`,
  updatedAt,
})
const guide = () =>
  ({
    page: {},
    settings: {},
    docs: {
      tools: [tool(1, 'a0'), tool(2, 'a1'), tool(3, 'a2')],
      'career-stages': [{ id: 10, _order: 'a0', keySkills: [tool(1, 'a0'), tool(3, 'a2')] }],
      roles: [{ id: 20, _order: 'a0', keyTools: [tool(2, 'a1')] }],
      'tool-categories': [],
      'salary-bands': [],
      'company-groups': [],
      companies: [],
      faqs: [],
    },
  }) as unknown as Guide

describe('withDocument', () => {
  it('puts a changed document in its place and wherever others show it', () => {
    const next = withDocument(guide(), 'tools', tool(3, 'a2', 'Renamed', '2026-02-01'))
    expect(next.docs.tools.map((t) => t.name)).toEqual(['Tool 1', 'Tool 2', 'Renamed'])
    expect(next.docs['career-stages'][0]!.keySkills).toEqual([
      expect.objectContaining({ id: 1 }),
      expect.objectContaining({ id: 3, name: 'Renamed' }),
    ])
    expect(next.docs.roles[0]!.keyTools).toEqual([expect.objectContaining({ name: 'Tool 2' })])
  })

  it('adds a new document where the editors ordered it', () => {
    const next = withDocument(guide(), 'tools', tool(4, 'a0V', 'Between'))
    expect(next.docs.tools.map((t) => t.id)).toEqual([1, 4, 2, 3])
  })

  it('follows a document moved to another place', () => {
    const next = withDocument(guide(), 'tools', tool(1, 'a3'))
    expect(next.docs.tools.map((t) => t.id)).toEqual([2, 3, 1])
  })

  it('keeps a later version when an earlier answer arrives late', () => {
    const start = withDocument(guide(), 'tools', tool(2, 'a1', 'Newest', '2026-03-01'))
    const late = withDocument(start, 'tools', tool(2, 'a1', 'Older', '2026-02-01'), {
      ifNewer: true,
    })
    expect(late.docs.tools[1]!.name).toBe('Newest')
  })

  it('with onlyHeld, replaces a document it holds and never brings back one it does not', () => {
    const gone = withoutDocument(guide(), 'tools', 2)
    expect(withDocument(gone, 'tools', tool(2, 'a1'), { onlyHeld: true })).toBe(gone)
    const next = withDocument(gone, 'tools', tool(3, 'a2', 'Renamed'), { onlyHeld: true })
    expect(next.docs.tools.map((t) => t.name)).toEqual(['Tool 1', 'Renamed'])
  })

  it('leaves the guide it was given untouched', () => {
    const before = guide()
    const copy = structuredClone(before)
    withDocument(before, 'tools', tool(1, 'a0', 'Changed'))
    expect(before).toEqual(copy)
  })
})

describe('withoutDocument', () => {
  it('removes a document, and leaves only its id where others showed it', () => {
    const next = withoutDocument(guide(), 'tools', 3)
    expect(next.docs.tools.map((t) => t.id)).toEqual([1, 2])
    expect(next.docs['career-stages'][0]!.keySkills).toEqual([
      expect.objectContaining({ id: 1 }),
      3,
    ])
  })
})
