import { describe, expect, it } from 'vitest'

import { quotesIn } from './quotes'

const figure = (id: number) => ({
  type: 'inlineBlock',
  fields: {
    blockType: 'figure',
    figure: { relationTo: 'salary-bands', value: id },
    format: 'range',
  },
})
const richText = (id: number) => ({
  root: { children: [{ type: 'paragraph', children: [figure(id)] }] },
})
const faq = (id: number, band: number) => ({
  id,
  answer: richText(band),
  createdAt: '2026-12-07T00:00:00.000Z',
  updatedAt: '2026-12-07T00:00:00.000Z',
})

describe('the figures a document quotes', () => {
  it('are found in its own rich text, in arrays and groups, by field path', () => {
    const doc = { why: { body: richText(1) }, steps: [{ id: 'a1', text: richText(2) }] }
    expect(quotesIn(doc).map((q) => [q.field, q.id])).toEqual([
      ['why.body', 1],
      ['steps.0.text', 2],
    ])
  })

  it('leave out those of documents a read populated into it (a relationship)', () => {
    const page = {
      hero: { questions: [faq(4, 1), faq(5, 2)] },
      pinned: { relationTo: 'faqs', value: faq(6, 3) },
      body: richText(7),
    }
    expect(quotesIn(page).map((q) => [q.field, q.id])).toEqual([['body', 7]])
  })
})
