import { describe, expect, it } from 'vitest'

import { formatSalaryRange } from '@mlops-guide/content/format'

import { api, cmsUrl, loginAs, randomAddress } from './helpers'

const get = (file: string) =>
  fetch(`${cmsUrl()}/api/exports/${file}`, { headers: { 'x-forwarded-for': randomAddress() } })

describe('exports', () => {
  it.each(['salary-bands', 'companies', 'tools'])(
    '%s as JSON: one row per published document, in list order',
    async (collection) => {
      const res = await get(`${collection}.json`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-disposition')).toContain(`${collection}.json`)
      const rows = await res.json()
      const listed = (await api('GET', `/${collection}?limit=100&depth=0`)).body.docs
      expect(rows.map((r: any) => r.slug)).toEqual(listed.map((d: any) => d.slug))
    },
  )

  it('salary bands as CSV keep every figure exact', async () => {
    const res = await get('salary-bands.csv')
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    const [header, ...lines] = (await res.text()).trim().split('\n')
    expect(header).toBe(
      'level,slug,yearsFrom,yearsTo,minSalary,maxSalary,currency,openEnded,source,asOf',
    )
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(/^Junior,junior,0,2,120000,160000,USD,false,/)
    expect(lines[3]).toMatch(/^Staff\/Principal,staff-principal,,,270000,380000,USD,true,/)
    const bands = (await api('GET', '/salary-bands?limit=100')).body.docs
    expect(formatSalaryRange(bands[3])).toBe('$270k-$380k+')
  })

  it('companies as CSV name their group and quote names with commas or ampersands safely', async () => {
    const text = await (await get('companies.csv')).text()
    expect(text).toContain('Weights & Biases,weights-biases,AI Infrastructure,')
  })

  it('cells a spreadsheet would run as a formula are neutralised (OWASP CSV injection)', async () => {
    const editor = await loginAs('editor')
    const group = (await api('GET', '/company-groups?limit=1&depth=0')).body.docs[0]
    const names = ['=HYPERLINK(A1)', '+1+2', '-2+3', '@SUM(A1)', '\tTab', '\rCR']
    const ids: number[] = []
    try {
      for (const [i, name] of names.entries()) {
        const made = await api('POST', '/companies', {
          token: editor,
          body: {
            name,
            slug: `csv-injection-${i}-${Date.now()}`,
            group: group.id,
            source: 'test',
            asOf: '2026-01-01',
            _status: 'published',
          },
        })
        expect(made.status, JSON.stringify(made.body)).toBe(201)
        ids.push(made.body.doc.id)
      }
      const text = await (await get('companies.csv')).text()
      // The name is the first column: each starts its row with a ' now, never as written.
      for (const name of names) {
        expect(text).toContain(`\n'${name},`)
        expect(text).not.toContain(`\n${name}`)
        expect(text).not.toContain(`\n"${name}`)
      }
    } finally {
      for (const id of ids) await api('DELETE', `/companies/${id}`, { token: editor })
    }
  })

  it('answers 404 for anything else', async () => {
    const res = await get('users.csv')
    expect(res.status).toBe(404)
    expect((await res.json()).errors[0].message).toMatch(/salary-bands\.csv/)
  })
})
