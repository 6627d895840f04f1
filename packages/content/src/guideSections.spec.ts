import { describe, expect, it } from 'vitest'

import { guideSections, type GuideSectionsSource } from './guideSections.ts'

const richText = (text: string) => ({ root: { text } }) as never

const page = {
  hero: { title: 'MLOps', subtitle: 'A guide' },
  why: { heading: 'Why MLOps?', body: richText('Models fail'), bodyHtml: '<p>Models fail</p>' },
  what: {
    heading: 'What is MLOps?',
    intro: 'It ships models',
    responsibilities: [{ title: 'Pipelines', description: 'builds them' }],
  },
  comparison: { heading: 'Versus' },
  skills: { heading: 'Core Skills', intro: 'Learn these.' },
  careerPath: { heading: 'Career Path' },
  companies: { heading: 'Companies', footnote: null, footnoteHtml: null },
  salaries: {
    heading: 'Salaries',
    footnote: richText('As of 2026'),
    footnoteHtml: '<p>As of 2026</p>',
  },
  nextSteps: { heading: 'Next Steps', links: [{ label: 'Read', description: 'the FAQ' }] },
} as unknown as GuideSectionsSource

describe('guideSections', () => {
  it('lists the sections in page order, each at its home page anchor', () => {
    const sections = guideSections(page, () => '')
    expect(sections.map((s) => [s.title, s.path])).toEqual([
      ['MLOps', '/'],
      ['Why MLOps?', '/#why'],
      ['What is MLOps?', '/#what'],
      ['Versus', '/#comparison'],
      ['Core Skills', '/#core-skills'],
      ['Career Path', '/#career-path'],
      ['Companies', '/#companies'],
      ['Salaries', '/#salaries'],
      ['Next Steps', '/#next-steps'],
    ])
  })

  it('reads rich text with the reader it is given, the rest as sentences', () => {
    const fromHtml = guideSections(page, ({ html }) => html ?? '')
    const fromJson = guideSections(
      page,
      ({ json }) => (json as { root: { text: string } } | null)?.root.text ?? '',
    )
    const text = (sections: typeof fromHtml, slug: string) =>
      sections.find((s) => s.slug === slug)?.text
    expect(text(fromHtml, 'why')).toBe('<p>Models fail</p>')
    expect(text(fromJson, 'why')).toBe('Models fail')
    expect(text(fromJson, 'salaries')).toBe('As of 2026')
    expect(text(fromJson, 'companies')).toBe('')
    expect(text(fromJson, 'what')).toBe('It ships models. Pipelines: builds them.')
    expect(text(fromJson, 'next-steps')).toBe('Read: the FAQ.')
  })
})
