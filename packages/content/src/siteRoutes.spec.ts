import { describe, expect, it } from 'vitest'

import { matchSitePath } from './siteRoutes.ts'

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
