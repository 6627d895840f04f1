import { figureMarkAttributes } from '@mlops-guide/content/figures'
import { describe, expect, it } from 'vitest'

import type { Guide } from '#lib/guide.ts'
import { withDraft } from './previewDraft.ts'

const band: { id: number } & Record<string, unknown> = {
  id: 7,
  _order: 'a0',
  minSalary: 210000,
  maxSalary: 270000,
  openEnded: false,
}
const quoted = `<p>Up to <span ${figureMarkAttributes({ collection: 'salary-bands', id: 7 }, 'max')}>$270k</span>.</p>`
const guide = () =>
  ({
    page: { why: { bodyHtml: quoted } },
    settings: {},
    docs: {
      'salary-bands': [band],
      faqs: [{ id: 1, _order: 'a0', answerHtml: quoted }],
      tools: [],
      'career-stages': [],
      roles: [],
      'tool-categories': [],
      'company-groups': [],
      companies: [],
    },
  }) as unknown as Guide

describe('withDraft', () => {
  it('shows a draft band’s value in every text that quotes it', () => {
    const draft = { ...band, maxSalary: 290000 }
    const next = withDraft(guide(), { collection: 'salary-bands', id: 7 }, draft)
    expect(next.docs.faqs[0]!.answerHtml).toContain('>$290k</span>')
    expect(next.page.why.bodyHtml).toContain('>$290k</span>')
    expect(next.docs['salary-bands'][0]!.maxSalary).toBe(290000)
  })

  it('leaves the texts alone for a draft of a document no figure can quote', () => {
    const next = withDraft(guide(), { collection: 'faqs', id: 1 }, { id: 1, answerHtml: 'New' } as {
      id: number
    })
    expect(next.page.why.bodyHtml).toBe(quoted)
  })
})
