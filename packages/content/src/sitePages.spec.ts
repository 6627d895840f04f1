import { describe, expect, it } from 'vitest'

import { pagesShowing } from './sitePages.ts'

describe('pagesShowing', () => {
  it('names the shared pages that read a collection', () => {
    expect(pagesShowing({ collection: 'salary-bands' })).toEqual(['/', '/salaries', '/changes'])
  })

  it('names a document its own page, and a [slug] route that shows its kind on every page', () => {
    const pages = pagesShowing({ collection: 'career-stages', slug: 'senior' })
    expect(pages).toContain('/career-path/senior')
    expect(pages).toContain('/skills/[slug]')
    expect(pages).not.toContain('/career-path/[slug]')
  })

  it('names the pages that read a global', () => {
    expect(pagesShowing({ global: 'site-settings' })).not.toContain('/')
    expect(pagesShowing({ global: 'guide-page' })).toContain('/')
  })
})
