import { describe, expect, it } from 'vitest'

import { matchSitePath, redirectFromProblem, redirectTarget } from './siteRoutes.ts'

describe('site paths', () => {
  it('match the pages the site serves, with query and fragment', () => {
    expect(matchSitePath('/')).toEqual({ route: '/' })
    expect(matchSitePath('/#career-path')).toEqual({ route: '/' })
    expect(matchSitePath('/salaries?x=1#roles')).toEqual({ route: '/salaries' })
    expect(matchSitePath('/skills/docker')).toEqual({
      route: '/skills/[slug]',
      slug: 'docker',
      collection: 'tools',
    })
    expect(matchSitePath('/career-path/mlops-engineer#skills')).toMatchObject({
      route: '/career-path/[slug]',
      slug: 'mlops-engineer',
    })
  })

  it('refuse paths the site does not serve', () => {
    for (const path of [
      '/jobs',
      '/jobs/mlops',
      '/guides/ai-careers',
      '/skills/',
      '/skills/a/b',
      '/career-path/Bad_Slug',
      '//evil.example/x',
      'salaries',
      'https://example.com/',
      '',
    ]) {
      expect(matchSitePath(path), path).toBeNull()
    }
  })
})

describe('redirects', () => {
  it('come only from a stage or skill page address, written exactly', () => {
    expect(redirectFromProblem('/career-path/old-name')).toBeNull()
    expect(redirectFromProblem('/skills/old-name')).toBeNull()
    for (const from of [
      '/salaries',
      'skills/x',
      '/skills/x/',
      '/skills/X',
      '/skills/x?y',
      '/skills/x#y',
    ])
      expect(redirectFromProblem(from), from).toMatch(
        /not the address of a career stage or skill page/,
      )
  })

  it('lead to the current page of the document they name, or nowhere when it is not published', () => {
    const to = (relationTo: string, value: unknown) => ({
      to: { reference: { relationTo, value } },
    })
    expect(redirectTarget(to('tools', { id: 1, slug: 'docker' }))).toBe('/skills/docker')
    expect(redirectTarget(to('career-stages', { id: 2, slug: 'senior' }))).toBe(
      '/career-path/senior',
    )
    expect(redirectTarget(to('tools', 1))).toBeNull()
    expect(redirectTarget(to('faqs', { id: 1, slug: 'q' }))).toBeNull()
    expect(redirectTarget({ to: { reference: null } })).toBeNull()
  })
})
