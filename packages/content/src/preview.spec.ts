import { describe, expect, it } from 'vitest'

import { parsePreviewPath, previewPath, readPreviewPage, sameTarget } from './preview.ts'

describe('preview paths', () => {
  it('name the site page of a document or the global', () => {
    expect(previewPath({ collection: 'faqs', id: 7 })).toBe('/preview/faqs/7')
    expect(previewPath({ global: 'guide-page' })).toBe('/preview/globals/guide-page')
  })

  it('parse back to the same target', () => {
    for (const target of [
      { collection: 'career-stages', id: 12 },
      { collection: 'tools', id: 'a-text-id' },
      { global: 'guide-page' },
    ] as const) {
      const parsed = parsePreviewPath(previewPath(target).replace('/preview/', ''))
      expect(parsed).toEqual(target)
      expect(sameTarget(parsed!, target)).toBe(true)
    }
  })

  it('refuse anything that is not a guide collection or global', () => {
    for (const rest of ['users/1', 'api-clients/1', 'globals/settings', 'faqs', 'faqs/1/2', '']) {
      expect(parsePreviewPath(rest)).toBeNull()
    }
  })

  it('tell different targets apart', () => {
    expect(sameTarget({ collection: 'faqs', id: 1 }, { collection: 'faqs', id: '1' })).toBe(true)
    expect(sameTarget({ collection: 'faqs', id: 1 }, { collection: 'tools', id: 1 })).toBe(false)
    expect(sameTarget({ collection: 'faqs', id: 1 }, { global: 'guide-page' })).toBe(false)
  })
})

describe('the page a preview is asked to show', () => {
  it('is any page of the site a preview can show, with its slug', () => {
    expect(readPreviewPage('/salaries')).toEqual({ route: '/salaries', path: '/salaries' })
    expect(readPreviewPage('/skills/docker')).toMatchObject({
      route: '/skills/[slug]',
      slug: 'docker',
    })
  })

  it('is none for the record of changes, search, or anything the site does not serve', () => {
    for (const page of ['/changes', '/search', '/admin', '//evil.test/x', 'salaries', null]) {
      expect(readPreviewPage(page)).toBeNull()
    }
  })
})
