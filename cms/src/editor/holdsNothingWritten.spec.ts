import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { holdsNothingWritten } from './holdsNothingWritten'

// The shape of the FAQ collection's fields as Payload flattens them.
const fields = [
  { name: 'question', type: 'text' },
  { name: 'answer', type: 'richText' },
  { name: 'generateSlug', type: 'checkbox', defaultValue: true },
  { name: 'slug', type: 'text' },
  { name: 'kind', type: 'select', defaultValue: 'general' },
  { name: 'tags', type: 'array' },
  { name: '_order', type: 'text' },
] as unknown as FlattenedField[]

// What the admin's "Create New" saves before anyone types.
const untouched = {
  id: 7,
  _order: 'a6',
  _status: 'draft',
  question: null,
  generateSlug: true,
  slug: null,
  answer: null,
  kind: 'general',
  tags: [],
  createdAt: '2026-12-07T03:26:39.085Z',
  updatedAt: '2026-12-07T03:26:39.085Z',
}
const emptyParagraph = {
  root: { type: 'root', children: [{ type: 'paragraph', children: [], version: 1 }], version: 1 },
}

describe('a document holding nothing an editor wrote', () => {
  it('is what Create New leaves, empty rich text included', () => {
    expect(holdsNothingWritten(fields, untouched)).toBe(true)
    expect(holdsNothingWritten(fields, { ...untouched, answer: emptyParagraph })).toBe(true)
  })

  it.each([
    ['a question', { question: 'Q?' }],
    ['one character of text', { answer: { root: { children: [{ type: 'text', text: 'x' }] } } }],
    ['an image', { answer: { root: { children: [{ type: 'upload', value: 3 }] } } }],
    ['a figure', { answer: { root: { children: [{ type: 'inlineBlock', fields: {} }] } } }],
    ['a choice other than the default', { kind: 'career' }],
    ['a row in an array', { tags: [{ tag: 'mlops' }] }],
  ])('is not, once it holds %s', (_, change) => {
    expect(holdsNothingWritten(fields, { ...untouched, ...change })).toBe(false)
  })
})
