import { describe, expect, it } from 'vitest'

import type { ContentChanges } from '@mlops-guide/content'

import type { Guide } from '#lib/guide.ts'
import { changesAt, withRelatedDocuments } from './asOfGuide.ts'

const docs = () =>
  ({
    tools: [
      { id: 1, name: 'Kubeflow', category: 7, namedIn: null },
      { id: 2, name: 'MLflow', category: 8, namedIn: 1 },
    ],
    'tool-categories': [{ id: 7, title: 'Orchestration' }],
    'career-stages': [{ id: 10, keySkills: [2, 3], salaryBand: 30 }],
    'salary-bands': [{ id: 30, level: 'Senior' }],
    roles: [],
    'company-groups': [],
    companies: [],
    faqs: [],
  }) as unknown as Guide['docs']

describe('withRelatedDocuments', () => {
  it('fills each relationship with the document of the same read; an id it lacks stays an id', () => {
    const filled = withRelatedDocuments(docs()) as any
    expect(filled.tools[0].category).toEqual({ id: 7, title: 'Orchestration' })
    // Category 8 was not published then; as depth 1 leaves one it cannot read.
    expect(filled.tools[1].category).toBe(8)
    expect(filled['career-stages'][0].salaryBand).toEqual({ id: 30, level: 'Senior' })
    expect(filled['career-stages'][0].keySkills.map((t: any) => t.id ?? t)).toEqual([2, 3])
    // One level, like depth 1: the related tool's own relationships stay ids.
    expect(filled['career-stages'][0].keySkills[0].namedIn).toBe(1)
    expect(filled.tools[0].namedIn).toBeNull()
  })
})

describe('changesAt', () => {
  const entry = (sequence: number, time: string, slug: string) => ({
    sequence,
    time,
    document: { kind: 'collection', slug, id: sequence },
  })
  const changes = {
    docs: [
      entry(3, '2026-12-03T00:00:00.000Z', 'salary-bands'),
      entry(2, '2026-12-02T00:00:00.000Z', 'roles'),
      entry(1, '2026-12-01T00:00:00.000Z', 'salary-bands'),
    ],
    figuresUpdated: {
      'salary-bands': '2026-12-03T00:00:00.000Z',
      roles: '2026-12-02T00:00:00.000Z',
      'career-stages': '2026-11-01T00:00:00.000Z',
    },
  } as unknown as ContentChanges

  it('keeps the entries up to the moment and the figures dates as they were then', () => {
    const then = changesAt(changes, '2026-12-02T12:00:00.000Z')
    expect(then.docs.map((d) => d.sequence)).toEqual([2, 1])
    expect(then.figuresUpdated).toEqual({
      'salary-bands': '2026-12-01T00:00:00.000Z',
      roles: '2026-12-02T00:00:00.000Z',
      'career-stages': '2026-11-01T00:00:00.000Z',
    })
    // Before every entry the page holds: no date rather than a later one.
    expect(changesAt(changes, '2026-11-30T00:00:00.000Z').figuresUpdated['salary-bands']).toBe(null)
  })
})
