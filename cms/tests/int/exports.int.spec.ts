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

  it('cells a spreadsheet would run as a formula are neutralised, at the start and after a separator', async () => {
    const editor = await loginAs('editor')
    const group = (await api('GET', '/company-groups?limit=1&depth=0')).body.docs[0]
    // Each name, and the cell a spreadsheet must see: a ' before every formula start, at the
    // cell's start (OWASP's advice on CSV injection) and after each ";" or "," inside it (a
    // spreadsheet whose list separator is ";" splits the cell there); cells with ";" quoted.
    const names: [string, string][] = [
      ['=HYPERLINK(A1)', "'=HYPERLINK(A1)"],
      ['+1+2', "'+1+2"],
      ['-2+3', "'-2+3"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\uFF1D1+1', "'\uFF1D1+1"],
      ['Acme;=1+1', `"Acme;'=1+1"`],
      ['Acme; @SUM(A1)', `"Acme; '@SUM(A1)"`],
      ['Acme;-2+3;+4', `"Acme;'-2+3;'+4"`],
      ['Acme,=HYPERLINK(A1)', `"Acme,'=HYPERLINK(A1)"`],
      ['Acme;\uFF20SUM(A1)', `"Acme;'\uFF20SUM(A1)"`],
      ['=1;=2', `"'=1;'=2"`],
    ]
    const ids: number[] = []
    try {
      for (const [i, [name]] of names.entries()) {
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
      const lines = (await (await get('companies.csv')).text()).split('\n')
      for (const [i, [, cell]] of names.entries()) {
        // The name is the first column, the slug the second.
        const line = lines.find((l) => l.includes(`csv-injection-${i}-`))
        expect(line?.startsWith(`${cell},`), `${line} starts with ${cell}`).toBe(true)
      }
      // Whatever a spreadsheet splits on, no piece of any cell starts a formula.
      for (const line of lines) {
        for (const piece of line.split(/[;,"]/))
          expect(piece.trimStart()).not.toMatch(/^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/)
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
