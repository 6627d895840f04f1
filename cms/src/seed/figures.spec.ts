import { describe, expect, it } from 'vitest'

import { linkFigures, type SeededFigure } from './figures'

const junior: SeededFigure = {
  collection: 'salary-bands',
  id: 1,
  minSalary: 120000,
  maxSalary: 160000,
  openEnded: false,
}

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'text', text, format: 1 }] }],
  },
})

const nodes = (lexical: ReturnType<typeof paragraph>) =>
  lexical.root.children[0]!.children as Record<string, any>[]

// The upgrade of an earlier release's prose (figures/linkOnUpgrade.ts) runs this on text
// editors wrote: only an exact figure may change, and a second pass must change nothing.
describe('linkFigures', () => {
  it('makes an exact figure a figure element and leaves the text around it, formatting kept', () => {
    const linked = linkFigures(paragraph('Juniors earn $120k-$160k, not $123k-$456k.'), [junior])
    expect(
      nodes(linked).map((n) => (n.type === 'text' ? [n.text, n.format] : n.fields.text)),
    ).toEqual([['Juniors earn ', 1], '$120k-$160k', [', not $123k-$456k.', 1]])
    expect(nodes(linked)[1]!.fields.figure).toEqual({ relationTo: 'salary-bands', value: 1 })
  })

  it('run again on its own result, changes nothing', () => {
    const once = linkFigures(paragraph('Juniors earn $120k-$160k.'), [junior])
    expect(linkFigures(once, [junior])).toEqual(once)
  })

  it('text without an exact figure comes back as it was', () => {
    const text = paragraph('Between $121k-$160k and 0-2 years.')
    expect(linkFigures(text, [junior])).toEqual(text)
  })
})
