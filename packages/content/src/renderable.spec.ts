import { describe, expect, it } from 'vitest'

import { COLLECTION_SLUGS } from './collections.ts'
import { unrenderableReasons } from './renderable.ts'

const section = { heading: 'A heading' }
const page = {
  hero: { title: 'MLOps Career Guide 2026', subtitle: 'Everything' },
  ...Object.fromEntries(
    ['why', 'what', 'comparison', 'skills', 'careerPath', 'companies', 'salaries', 'faq']
      .concat(['nextSteps', 'labels'])
      .map((name) => [name, section]),
  ),
}
const settings = { navigation: [{ label: 'Home', path: '/' }] }
const docs = Object.fromEntries(COLLECTION_SLUGS.map((slug) => [slug, []]))

describe('unrenderableReasons', () => {
  it('finds nothing wrong with a complete copy', () => {
    expect(unrenderableReasons({ page, settings, docs })).toEqual([])
  })

  it('names an unpublished guide page (anonymous reads answer {})', () => {
    expect(unrenderableReasons({ page: {}, settings, docs })).toEqual([
      'the guide page has no published title (is it unpublished?)',
    ])
  })

  it('names a missing section, unpublished settings and a collection that is not a list', () => {
    const reasons = unrenderableReasons({
      page: { ...page, faq: undefined },
      settings: {},
      docs: { ...docs, tools: undefined },
    })
    expect(reasons).toEqual([
      'the guide page lacks faq',
      'the site settings are not published (no navigation)',
      'no list of tools',
    ])
  })

  it('an empty navigation cannot be rendered either', () => {
    expect(unrenderableReasons({ page, settings: { navigation: [] } })).toEqual([
      'the site settings have no navigation links',
    ])
  })
})
