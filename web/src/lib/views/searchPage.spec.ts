import { describe, expect, it } from 'vitest'

import { readQuery } from '#lib/server/search/query.ts'
import type { SearchHit } from '#lib/server/search/index.ts'
import { searchPageView } from './searchPage.ts'

const hit = (title: string, text: string, terms: string[]): SearchHit => ({
  id: 'skill:x',
  kind: 'skill',
  title,
  text,
  href: '/skills/x',
  terms,
})
const shown = (parts: { text: string; mark: boolean }[]) =>
  parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('')

describe('the search page view', () => {
  it('marks the matched words where they begin a word, whatever their case', () => {
    const view = searchPageView('kube', {
      total: 1,
      hits: [hit('Kubernetes', 'Learn kubernetes, not minikubernetes.', ['kubernetes'])],
    })
    expect(shown(view.results[0]!.title)).toBe('[Kubernetes]')
    expect(shown(view.results[0]!.passage)).toBe('Learn [kubernetes], not minikubernetes.')
  })

  it('takes words with regular expression characters literally', () => {
    const view = searchPageView('c++', {
      total: 1,
      hits: [hit('C++ (a+b)', 'cxx c++ (a+b) .*', ['c++', '(a+b)', '.*'])],
    })
    expect(shown(view.results[0]!.passage)).toBe('cxx [c++] [(a+b)] [.*]')
  })

  it('shows a passage of long text around its first match', () => {
    const long = `${'word '.repeat(100)}Kubernetes ${'more '.repeat(100)}`.trim()
    const passage = shown(
      searchPageView('k', { total: 1, hits: [hit('T', long, ['kubernetes'])] }).results[0]!.passage,
    )
    expect(passage).toMatch(/^….*\[Kubernetes\].*…$/)
    expect(passage.length).toBeLessThan(200)
  })
})

describe('reading the search from the address', () => {
  const read = (query: string) => readQuery(new URLSearchParams(query))

  it('takes the first q, with control characters and runs of spaces as one space', () => {
    expect(read('q=a%00b%0A%0Ac&q=second')).toEqual({ query: 'a b c' })
    expect(read('q=%20%09')).toEqual({ query: null })
    expect(read('x=1')).toEqual({ query: null })
  })

  it('names the field and the problem when a search is too long', () => {
    const answer = read(`q=${'a'.repeat(10_000)}`)
    expect(answer).toEqual({ problem: expect.stringMatching(/^q: .*at most 200 .*10000/) })
  })
})
