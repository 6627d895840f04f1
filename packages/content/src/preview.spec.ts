import { describe, expect, it } from 'vitest'

import { parsePreviewPath, previewPath, sameTarget } from './preview.ts'

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
