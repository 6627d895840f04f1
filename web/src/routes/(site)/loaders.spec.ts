import { isHttpError } from '@sveltejs/kit'
import { beforeEach, describe, expect, it, vi } from 'vitest'

import type { Guide } from '#lib/guide.ts'

/**
 * The loaders' own logic (404s, neighbours, the skills filter, figures as shown) on a small
 * made-up guide: the content itself is covered end to end against the seeded CMS.
 */
const band = {
  id: 1,
  level: 'Junior',
  slug: 'junior',
  yearsFrom: 0,
  yearsTo: 2,
  minSalary: 120000,
  maxSalary: 160000,
  currency: 'USD',
  openEnded: false,
  updatedAt: '2026-01-01',
}
const top = {
  ...band,
  id: 2,
  level: 'Staff/Principal',
  slug: 'staff',
  yearsFrom: null,
  yearsTo: null,
  minSalary: 270000,
  maxSalary: 380000,
  openEnded: true,
}
const stage = (id: number, slug: string, yearsFrom: number, yearsTo: number | null) => ({
  id,
  slug,
  title: `Stage ${slug}`,
  yearsFrom,
  yearsTo,
  summary: `Summary ${slug}`,
  // The first stage's pairing has no reason, so its pay comes from its years.
  salaryBand: id === 2 ? top : band,
  salaryBandReason: id === 2 ? 'Staff titles start here' : null,
  keySkills: [{ id: 9, name: 'Docker', slug: 'docker' }],
  updatedAt: '2026-01-01',
})
const guide = {
  page: {
    hero: { title: 'Guide', subtitle: 'Sub' },
    why: { heading: 'Why', bodyHtml: '<p>why</p>' },
    what: { heading: 'What', intro: 'Intro', responsibilities: [] },
    comparison: {
      heading: 'Cmp',
      intro: '',
      rowLabels: {
        aspect: 'A',
        primaryFocus: 'P',
        keyTools: 'K',
        dataHandling: 'D',
        testing: 'T',
        monitoring: 'M',
        typicalSalary: 'S',
      },
    },
    skills: { heading: 'Skills' },
    careerPath: { heading: 'Path', intro: '' },
    companies: { heading: 'Companies', footnoteHtml: '' },
    salaries: { heading: 'Salaries', levelLabel: 'Level', rangeLabel: 'Range', footnoteHtml: '' },
    faq: { heading: 'FAQ' },
    nextSteps: { heading: 'Next', links: [] },
    labels: { allSkills: 'All', salaryBand: 'Band', keySkills: 'Skills', timelineAxis: 'Years' },
    updatedAt: '2026-01-01',
  },
  settings: {},
  docs: {
    roles: [],
    'tool-categories': [{ id: 1, slug: 'infra', title: 'Infra' }],
    tools: [],
    'career-stages': [stage(1, 'first', 0, 2), stage(2, 'last', 8, null)],
    'company-groups': [],
    companies: [],
    'salary-bands': [band, top],
    faqs: [{ id: 1, slug: 'q', question: 'Q?', answerHtml: '<p>A &lt;b&gt;</p>' }],
  },
} as unknown as Guide

vi.mock('#lib/server/contentStore.ts', () => ({ getGuide: async () => guide }))

const { load: guideLoad } = await import('./+page.server')
const { load: stageLoad } = await import('./career-path/[slug]/+page.server')

const call = (load: any, args: object) => load(args) as Promise<any>

describe('the guide loader', () => {
  let data: any
  beforeEach(async () => {
    data = await call(guideLoad, { url: new URL('http://x/') })
  })

  it('writes salary figures as the guide does', () => {
    expect(data.salaryBands.map((b: any) => [b.label, b.text])).toEqual([
      ['Junior (0-2y)', '$120k-$160k'],
      ['Staff/Principal', '$270k-$380k+'],
    ])
  })

  it('gives each stage its years, and its pay from its years unless paired with a reason', () => {
    expect(data.stages.map((s: any) => [s.years, s.pay.sentence, s.pay.reason])).toEqual([
      ['0-2 years', '0-2 years spans Junior (0-2y): $120k-$160k', null],
      ['8+ years', 'Staff/Principal: $270k-$380k+', 'Staff titles start here'],
    ])
  })

  it('accepts only a known category in ?skills=', async () => {
    const known = await call(guideLoad, { url: new URL('http://x/?skills=infra') })
    const unknown = await call(guideLoad, { url: new URL('http://x/?skills=<script>') })
    expect(known.activeCategory).toBe('infra')
    expect(unknown.activeCategory).toBeNull()
  })

  it('builds FAQPage JSON-LD with the plain-text answer', () => {
    expect(JSON.parse(data.faqJsonLd).mainEntity[0].acceptedAnswer.text).toBe('A <b>')
  })
})

describe('the career stage loader', () => {
  it('links a stage to its neighbours', async () => {
    const data = await call(stageLoad, { params: { slug: 'first' } })
    expect(data.previous).toBeNull()
    expect(data.next).toEqual({ title: 'Stage last', href: '/career-path/last' })
    expect(data.seo.canonical).toMatch(/\/career-path\/first$/)
  })

  it('answers 404 for an unknown stage, kept out of the page cache', async () => {
    // No CMS answers here: an address the redirects cannot be asked about is a plain 404.
    const locals: App.Locals = {}
    const failure = await call(stageLoad, {
      params: { slug: 'nope' },
      url: new URL('http://x/career-path/nope'),
      locals,
    }).catch((e: unknown) => e)
    expect(isHttpError(failure) && failure.status).toBe(404)
    expect(locals.notKept).toBe(true)
  })
})
