import { describe, expect, it } from 'vitest'

import { pagesQuoting, pagesShowing } from './sitePages.ts'

describe('pagesShowing', () => {
  it('names the shared pages that show a collection, and every page of a route that does', () => {
    expect(pagesShowing({ collection: 'salary-bands' })).toEqual([
      '/',
      '/salaries',
      '/changes',
      '/career-path',
      '/career-path/[slug]',
    ])
  })

  it('names a document its own page, and every page of its route when each shows them all', () => {
    const pages = pagesShowing({ collection: 'career-stages', slug: 'senior' })
    expect(pages).toContain('/career-path/senior')
    expect(pages).toContain('/career-path/[slug]')
    expect(pages).toContain('/skills/[slug]')
    expect(pages).not.toContain('/skills')
  })

  it('names the pages that read a global, never search', () => {
    expect(pagesShowing({ global: 'site-settings' })).toContain('/')
    expect(pagesShowing({ global: 'guide-page' })).not.toContain('/search')
  })
})

describe('pagesQuoting', () => {
  it('names only the pages showing the quoting text, else every page of its document', () => {
    expect(pagesQuoting({ collection: 'faqs', slug: 'pay' }, 'answer')).toEqual(['/'])
    expect(pagesQuoting({ global: 'guide-page' }, 'salaries.footnote')).toEqual(['/', '/salaries'])
    expect(pagesQuoting({ collection: 'faqs' }, 'question')).toEqual(
      pagesShowing({ collection: 'faqs' }),
    )
  })
})
