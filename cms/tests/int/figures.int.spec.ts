import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, cmsUrl, fieldErrors, loginAs } from './helpers'

/**
 * Live figures (cms/src/figures): figure elements in rich text show the current published
 * value of a band, role or stage everywhere; the seed made the document's figures such
 * elements; quoted documents cannot be deleted or unpublished; typed figures that contradict
 * the data are listed; the record of changes is made from published versions only.
 */

let editor: string
const bySlug = async (collection: string, slug: string, token = editor) => {
  const res = await api('GET', `/${collection}?where[slug][equals]=${slug}&depth=0&draft=true`, {
    token,
  })
  return res.body.docs[0]
}

type Node = { type?: string; text?: string; fields?: any; children?: Node[] }
const figuresIn = (node: Node | undefined, found: Node[] = []): Node[] => {
  if (!node) return found
  if (node.type === 'inlineBlock' && node.fields?.blockType === 'figure') found.push(node)
  for (const child of node.children ?? []) figuresIn(child, found)
  return found
}
const textNodes = (node: Node | undefined, found: string[] = []): string[] => {
  if (!node) return found
  if (node.type === 'text' && node.text) found.push(node.text)
  for (const child of node.children ?? []) textNodes(child, found)
  return found
}

const graphql = async (query: string) => {
  const res = await fetch(`${cmsUrl()}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  return (await res.json()) as any
}

const publishBand = (id: number, data: object) =>
  api('PATCH', `/salary-bands/${id}`, { token: editor, body: { ...data, _status: 'published' } })

let senior: any
let faq: any

beforeAll(async () => {
  editor = await loginAs('editor')
  senior = await bySlug('salary-bands', 'senior')
  faq = await bySlug('faqs', 'mlops-salaries')
})

afterAll(async () => {
  // Leave the band as the document states it, for the tests that follow.
  await publishBand(senior.id, { minSalary: senior.minSalary, maxSalary: senior.maxSalary })
})

describe('the seed made the figures in the prose live', () => {
  it('the pay FAQ quotes the junior, senior and staff bands', async () => {
    const figures = figuresIn(faq.answer.root)
    const bands = await api('GET', '/salary-bands?depth=0&limit=100')
    const slugOf = (id: number) => bands.body.docs.find((b: any) => b.id === id)?.slug
    expect(
      figures.map((f) => [
        f.fields.figure.relationTo,
        slugOf(f.fields.figure.value),
        f.fields.text,
      ]),
    ).toEqual([
      ['salary-bands', 'junior', '$120k-$160k'],
      ['salary-bands', 'senior', '$210k-$270k+'],
      ['salary-bands', 'staff-principal', '$270k-$380k+'],
    ])
  })

  it('"Why MLOps?" quotes the MLOps role, and no figure of the data is left as text', async () => {
    const page = (await api('GET', '/globals/guide-page?depth=0')).body
    const [why] = figuresIn(page.why.body.root)
    expect(why?.fields).toMatchObject({ figure: { relationTo: 'roles' }, text: '$140k-$270k+' })
    const texts = [
      ...textNodes(page.why.body.root),
      ...(await api('GET', '/faqs?limit=100&depth=0')).body.docs.flatMap((f: any) =>
        textNodes(f.answer.root),
      ),
    ].join(' ')
    // Every $ range the guide states is a figure element now; the text keeps none.
    expect(texts).not.toMatch(/\$\d+k-\$\d+k/)
  })
})

describe('a figure shows the current published value', () => {
  it('in the JSON, the HTML field and GraphQL, without a new version of the text', async () => {
    const versionsBefore = (
      await api('GET', `/faqs/versions?where[parent][equals]=${faq.id}`, { token: editor })
    ).body.totalDocs
    const changed = await publishBand(senior.id, { minSalary: 215000 })
    expect(changed.status).toBe(200)

    const rest = (await api('GET', `/faqs/${faq.id}?depth=0`)).body
    // Marked with what it quotes, so the site's preview of a draft band can show its value.
    expect(rest.answerHtml).toContain(
      `to <span data-figure="salary-bands/${senior.id}" data-figure-format="rangePlus">$215k-$270k+</span> for senior positions`,
    )
    expect(figuresIn(rest.answer.root).map((f) => f.fields.text)).toContain('$215k-$270k+')

    const gql = await graphql(`
      {
        Faqs(where: { slug: { equals: "mlops-salaries" } }) {
          docs {
            answer
            answerHtml
          }
        }
      }
    `)
    const [doc] = gql.data.Faqs.docs
    expect(doc.answerHtml).toContain('$215k-$270k+')
    expect(figuresIn(doc.answer.root).map((f: Node) => f.fields.text)).toContain('$215k-$270k+')

    const versionsAfter = (
      await api('GET', `/faqs/versions?where[parent][equals]=${faq.id}`, { token: editor })
    ).body.totalDocs
    expect(versionsAfter).toBe(versionsBefore)
  })

  it('a draft of the band changes nothing readers see', async () => {
    const draft = await api('PATCH', `/salary-bands/${senior.id}?draft=true`, {
      token: editor,
      body: { minSalary: 299000, _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    const rest = (await api('GET', `/faqs/${faq.id}?depth=0`)).body
    expect(rest.answerHtml).not.toContain('$299k')
    // ... not even for an editor asking for drafts: figures are always the published value.
    const asEditor = (await api('GET', `/faqs/${faq.id}?depth=0&draft=true`, { token: editor }))
      .body
    expect(asEditor.answerHtml).not.toContain('$299k')
    await publishBand(senior.id, { minSalary: senior.minSalary })
  })
})

describe('a quoted band, role or stage cannot disappear', () => {
  it('delete is refused with the places that quote it, and the band stays', async () => {
    const res = await api('DELETE', `/salary-bands/${senior.id}`, { token: editor })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(
      /cannot be deleted.*How much do MLOps engineers earn\? \(answer\)/,
    )
    expect(res.body.errors[0].data.referredToIn).toContainEqual({
      title: 'How much do MLOps engineers earn?',
      field: 'answer',
      adminUrl: `/admin/collections/faqs/${faq.id}`,
    })
    expect((await api('GET', `/salary-bands/${senior.id}`)).status).toBe(200)
  })

  it('a bulk delete is refused per document', async () => {
    const res = await api('DELETE', `/salary-bands?where[slug][equals]=senior`, { token: editor })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/cannot be deleted/)
    expect((await api('GET', `/salary-bands/${senior.id}`)).status).toBe(200)
  })

  it('unpublish is refused; saving a draft is not', async () => {
    const res = await api('PATCH', `/salary-bands/${senior.id}`, {
      token: editor,
      body: { _status: 'draft' },
    })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].message).toMatch(/cannot be unpublished/)
    const anonymous = await api('GET', `/salary-bands/${senior.id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body._status).toBe('published')
  })

  it('a document nobody quotes can still be deleted', async () => {
    const made = await api('POST', '/salary-bands', {
      token: editor,
      body: {
        level: 'Figures test band',
        minSalary: 1000,
        maxSalary: 2000,
        currency: 'USD',
        source: 'test',
        asOf: '2026-01-01',
        _status: 'published',
      },
    })
    expect(made.status).toBe(201)
    expect(
      (await api('DELETE', `/salary-bands/${made.body.doc.id}`, { token: editor })).status,
    ).toBe(200)
    // The record names the deleted band by the title it had (its versions went with it).
    const record = await api('GET', '/content-changes?limit=100')
    const ofIt = record.body.docs.filter((d: any) => d.document.id === made.body.doc.id)
    const entries = ofIt.filter((d: any) => d.document.slug === 'salary-bands')
    // Neither has a moment before it to read with asOf: nothing was public before the first
    // publish, and the deleted band's versions went with it.
    expect(entries.map((d: any) => [d.change, d.title, d.before])).toEqual([
      ['deleted', 'Figures test band', null],
      ['published', 'Figures test band', null],
    ])
  })

  it('the index of quotes names the FAQ; anonymous clients cannot read it', async () => {
    const index = await api(
      'GET',
      `/figure-quotes?where[targetCollection][equals]=salary-bands&where[targetId][equals]=${senior.id}`,
      { token: editor },
    )
    expect(index.body.docs.map((r: any) => [r.source, r.field])).toEqual([
      [`faqs/${faq.id}`, 'answer'],
    ])
    // Anonymous clients never see the index.
    expect((await api('GET', '/figure-quotes')).status).toBe(403)
  })
})

describe('a figure element is checked on save (400, field named, nothing saved)', () => {
  const withFigure = (fields: object) => ({
    root: {
      type: 'root',
      version: 1,
      children: [
        {
          type: 'paragraph',
          version: 1,
          children: [
            { type: 'text', version: 1, text: 'Pay: ' },
            {
              type: 'inlineBlock',
              version: 1,
              fields: {
                id: 'abcdefabcdefabcdefabcdef',
                blockName: '',
                blockType: 'figure',
                ...fields,
              },
            },
          ],
        },
      ],
    },
  })
  const cases: [string, object][] = [
    [
      'a document that does not exist',
      { figure: { relationTo: 'salary-bands', value: 999999 }, format: 'range' },
    ],
    [
      'a collection that has no figures',
      { figure: { relationTo: 'users', value: 1 }, format: 'range' },
    ],
    ['no document at all', { format: 'range' }],
    [
      'a format that does not exist',
      { figure: { relationTo: 'salary-bands', value: 1 }, format: 'yen' },
    ],
    [
      'years of a role (roles have none)',
      { figure: { relationTo: 'roles', value: 1 }, format: 'years' },
    ],
    ['a salary of a stage', { figure: { relationTo: 'career-stages', value: 1 }, format: 'min' }],
    [
      'an id that is an object',
      { figure: { relationTo: 'salary-bands', value: { $gt: 0 } }, format: 'range' },
    ],
  ]
  it.each(cases)('refuses %s', async (_name, fields) => {
    const before = (await api('GET', `/faqs/${faq.id}?depth=0`)).body
    const res = await api('PATCH', `/faqs/${faq.id}`, {
      token: editor,
      body: { answer: withFigure(fields), _status: 'published' },
    })
    expect(res.status).toBe(400)
    expect(
      fieldErrors(res.body)
        .map((e) => e.path)
        .join(' '),
    ).toMatch(/answer/)
    const after = (await api('GET', `/faqs/${faq.id}?depth=0`)).body
    expect(after.answerHtml).toBe(before.answerHtml)
    expect(after.updatedAt).toBe(before.updatedAt)
  })
})

describe('typed figures that contradict the data', () => {
  const paragraph = (text: string) => ({
    root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] },
  })

  it('are found in what an editor is writing, with what the data says', async () => {
    const res = await api('POST', '/figure-check', {
      token: editor,
      body: {
        data: {
          answer: paragraph(
            'Juniors earn $120k-$170k, seniors $210k-$270k; 0-3 years in. A $50k-$60k bonus.',
          ),
          question: 'Staff earn $270k-$390k+',
        },
      },
    })
    expect(res.status).toBe(200)
    expect(res.body.disagreements).toEqual([
      {
        field: 'answer',
        text: '$120k-$170k',
        expected: { title: 'Junior', kind: 'salary band', text: '$120k-$160k' },
      },
      {
        field: 'answer',
        text: '0-3 years',
        expected: { title: 'Junior DevOps / SRE', kind: 'career stage', text: '0-2 years' },
      },
      {
        field: 'question',
        text: '$270k-$390k+',
        expected: { title: 'Staff/Principal', kind: 'salary band', text: '$270k-$380k+' },
      },
    ])
  })

  // The admin's dashboard as a browser opening it gets it (Payload takes the cookie of a
  // direct navigation only).
  const dashboardHtml = async () => {
    const res = await fetch(`${cmsUrl()}/admin`, {
      headers: { cookie: `payload-token=${editor}`, 'sec-fetch-site': 'none' },
    })
    return res.text()
  }

  it('are listed on the dashboard, linking to the document, until fixed', async () => {
    const made = await api('POST', '/faqs', {
      token: editor,
      body: {
        question: 'Consistency check test',
        answer: paragraph('Mid-level pay is $160k-$215k.'),
        _status: 'draft',
      },
    })
    expect(made.status).toBe(201)
    try {
      const html = await dashboardHtml()
      expect(html).toContain('Figures in text that disagree with the data')
      expect(html).toContain(`/admin/collections/faqs/${made.body.doc.id}`)
      expect(html).toMatch(/\$160k-\$215k/)
    } finally {
      await api('DELETE', `/faqs/${made.body.doc.id}`, { token: editor })
    }
    const after = await dashboardHtml()
    expect(after).not.toMatch(/\$160k-\$215k/)
  })

  it('the check is for people in the CMS, and refuses what is not a document', async () => {
    expect((await api('POST', '/figure-check', { body: { data: {} } })).status).toBe(401)
    for (const body of [null, [], 'text', { nodata: 1 }]) {
      const res = await api('POST', '/figure-check', { token: editor, body })
      expect(res.status, JSON.stringify(body)).toBe(400)
    }
    const huge = await api('POST', '/figure-check', {
      token: editor,
      body: { data: { answer: 'x'.repeat(3_000_000) } },
    })
    expect(huge.status).toBe(413)
  })
})

describe('the record of changes (GET /api/content-changes)', () => {
  it('lists a published change with old and new figures, source and as-of, and what changed with it; never a draft', async () => {
    await publishBand(senior.id, { maxSalary: 275000 })
    await api('PATCH', `/salary-bands/${senior.id}?draft=true`, {
      token: editor,
      body: { maxSalary: 333000, _status: 'draft' },
    })
    await api('PATCH', `/salary-bands/${senior.id}?draft=true&autosave=true`, {
      token: editor,
      body: { maxSalary: 344000, _status: 'draft' },
    })
    const res = await api('GET', '/content-changes?limit=20')
    expect(res.status).toBe(200)
    const [newest] = res.body.docs
    expect(newest).toMatchObject({
      change: 'updated',
      document: { kind: 'collection', slug: 'salary-bands', id: senior.id },
      slug: 'senior',
      title: 'Senior',
      figures: [{ figure: 'Base salary', old: '$210k-$270k', new: '$210k-$275k' }],
      source: senior.source,
      asOf: senior.asOf,
    })
    // The FAQ quoting the band is named with it, never as an entry of its own.
    expect(newest.alsoChanged).toContainEqual(
      expect.objectContaining({ title: 'How much do MLOps engineers earn?' }),
    )
    expect(res.body.figuresUpdated['salary-bands']).toBe(newest.time)
    const all = JSON.stringify(res.body)
    expect(all).not.toContain('$333k')
    expect(all).not.toContain('$344k')
    // Newest first, each entry once, paged like the rest of the API.
    const sequences = res.body.docs.map((d: any) => d.sequence)
    expect(sequences).toEqual([...sequences].sort((a, b) => b - a))
    expect(new Set(sequences).size).toBe(sequences.length)
    const second = await api('GET', '/content-changes?limit=20&page=2')
    expect(second.body.page).toBe(2)
    if (res.body.hasNextPage) expect(second.body.docs[0].sequence).toBeLessThan(sequences.at(-1))
    await publishBand(senior.id, { maxSalary: senior.maxSalary })
  })

  it("starts after the seed: the guide's edition is no change, none of its documents is listed as published", async () => {
    const seeded = [
      { slug: 'salary-bands', id: senior.id },
      { slug: 'faqs', id: faq.id },
    ]
    for (let page = 1, more = true; more; page++) {
      const res = await api('GET', `/content-changes?limit=100&page=${page}`)
      for (const entry of res.body.docs) {
        const isSeeded = seeded.some(
          (d) => d.slug === entry.document.slug && d.id === entry.document.id,
        )
        expect(isSeeded && entry.change === 'published', JSON.stringify(entry)).toBe(false)
      }
      more = res.body.hasNextPage
    }
  })

  it('refuses a page or limit out of range with a 400 naming it', async () => {
    for (const [query, path] of [
      ['page=0', 'page'],
      ['page=x', 'page'],
      ['limit=0', 'limit'],
      ['limit=100000', 'limit'],
    ]) {
      const res = await api('GET', `/content-changes?${query}`)
      expect(res.status, query).toBe(400)
      expect(res.body.errors[0].message).toMatch(new RegExp(`^${path} must be`))
    }
  })

  it('is documented in the OpenAPI description', async () => {
    const spec = (await api('GET', '/openapi.json')).body
    expect(spec.paths['/api/content-changes']?.get?.responses?.['200']).toBeDefined()
  })
})
