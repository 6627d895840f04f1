import type { Tool } from '@mlops-guide/content/types'
import { describe, expect, it } from 'vitest'

// The seed's own tools (the guide's lines), not copies of them.
import { tools } from '../../../../cms/src/seed/fixtures/tools.ts'
import { lineParts } from './skillLines.ts'

const tool = (slug: string) => tools.find((t) => t.slug === slug) as unknown as Tool
const line = (owner: string, ...named: string[]) =>
  lineParts(tool(owner).skillText!, [owner, ...named].map(tool))

describe('lineParts', () => {
  it('reads as the guide wrote it, each tool it names a link', () => {
    const parts = line('go', 'rust')
    expect(parts.map((p) => p.text).join('')).toBe('Go or Rust (for performance-critical tooling)')
    expect(parts.filter((p) => p.href)).toEqual([
      { text: 'Go', href: '/skills/go' },
      { text: 'Rust', href: '/skills/rust' },
    ])
    expect(
      line('terraform', 'pulumi')
        .filter((p) => p.href)
        .map((p) => p.text),
    ).toEqual(['Terraform', 'Pulumi'])
  })

  it('links a line naming one tool as a whole', () => {
    expect(line('docker')).toEqual([
      { text: 'Docker and containerization', href: '/skills/docker' },
    ])
  })

  it('matches whole words only, and keeps a tool the text does not name as a link after it', () => {
    const go = { ...tool('go'), name: 'Go' } as Tool
    const parts = lineParts('Google Cloud and Go', [go, tool('rust')])
    expect(parts).toEqual([
      { text: 'Google Cloud and ', href: null },
      { text: 'Go', href: '/skills/go' },
      { text: ' · ', href: null },
      { text: 'Rust', href: '/skills/rust' },
    ])
  })
})
