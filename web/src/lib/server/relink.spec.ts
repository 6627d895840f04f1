import { describe, expect, it } from 'vitest'

import type { Guide } from '#lib/guide.ts'
import { linkTargets, relinked } from './relink.ts'

const guide = (tools: { id: number; slug: string }[], stages: { id: number; slug: string }[]) =>
  ({ docs: { tools, 'career-stages': stages } }) as unknown as Guide

// Then: Kubeflow, MLflow (since renamed "ml-flow") and Seldon (since deleted); one stage.
const then = guide(
  [
    { id: 1, slug: 'kubeflow' },
    { id: 2, slug: 'mlflow' },
    { id: 3, slug: 'seldon' },
  ],
  [{ id: 10, slug: 'junior' }],
)
const now = guide(
  [
    { id: 1, slug: 'kubeflow' },
    { id: 2, slug: 'ml-flow' },
  ],
  [],
)
const target = linkTargets(then, now)

describe('linkTargets', () => {
  it('keeps a page that exists now, and every address without a slug', () => {
    for (const href of [
      '/skills/kubeflow',
      '/salaries#band-senior',
      '#faq',
      '/',
      'https://x.org/a',
    ])
      expect(target(href)).toBe(href)
  })

  it("leads a renamed document's old page to its current one, keeping the rest of the address", () => {
    expect(target('/skills/mlflow')).toBe('/skills/ml-flow')
    expect(target('/skills/mlflow?a=1&amp;b=2#top')).toBe('/skills/ml-flow?a=1&amp;b=2#top')
  })

  it('unlinks the page of a document deleted or unpublished since, or of none', () => {
    expect(target('/skills/seldon')).toBeNull()
    expect(target('/career-path/junior')).toBeNull()
    expect(target('/skills/never-was')).toBeNull()
  })
})

describe('relinked', () => {
  it('rewrites and unwraps the links of a rendered page, leaving the rest as it was', () => {
    const html = [
      '<p>Learn <a href="/skills/kubeflow">Kubeflow</a>,',
      '<a class="tool" href="/skills/mlflow" rel="x">MLflow<span class="visually-hidden">, Tracking</span></a>',
      'and <a href="/skills/seldon">Seldon</a>; <a href="/career-path/junior"><b>Junior</b></a>.</p>',
    ].join(' ')
    expect(relinked(html, target)).toBe(
      [
        '<p>Learn <a href="/skills/kubeflow">Kubeflow</a>,',
        '<a class="tool" href="/skills/ml-flow" rel="x">MLflow<span class="visually-hidden">, Tracking</span></a>',
        'and Seldon; <b>Junior</b>.</p>',
      ].join(' '),
    )
  })
})
