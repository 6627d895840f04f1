import { describe, expect, it } from 'vitest'

import { cmsUrl } from './helpers'

const graphql = async (query: string) => {
  const res = await fetch(`${cmsUrl()}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  return { status: res.status, body: (await res.json()) as any }
}

describe('GraphQL at /api/graphql', () => {
  it('serves published content to anonymous readers', async () => {
    const res = await graphql('{ SalaryBands { docs { level minSalary maxSalary openEnded } } }')
    expect(res.status).toBe(200)
    expect(res.body.data.SalaryBands.docs).toContainEqual({
      level: 'Staff/Principal',
      minSalary: 270000,
      maxSalary: 380000,
      openEnded: true,
    })
  })

  it('refuses an anonymous write', async () => {
    const res = await graphql(
      'mutation { createToolCategory(data: { title: "x", slug: "x" }) { id } }',
    )
    expect(res.body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(res.body.data?.createToolCategory ?? null).toBeNull()
  })

  it('applies the same limit cap as REST', async () => {
    const res = await graphql('{ SalaryBands(limit: 0) { docs { level } } }')
    expect(res.body.errors[0].message).toBe('limit must be between 1 and 100 (got 0)')
    expect(res.body.data.SalaryBands).toBeNull()
  })
})
