import { api } from './helpers'

/** The id of a seeded document, found by slug through the public API. */
export async function seededId(collection: string, slug: string, token?: string): Promise<number> {
  const res = await api('GET', `/${collection}?where[slug][equals]=${slug}&depth=0`, { token })
  const id = res.body?.docs?.[0]?.id
  if (id == null) throw new Error(`no seeded ${collection} "${slug}"`)
  return id
}

const unique = () => Math.random().toString(36).slice(2, 8)

/**
 * A valid new document for each content collection (published), plus one field an update
 * may change. Relationships point at seeded documents.
 */
export async function sampleDoc(collection: string): Promise<{
  data: Record<string, unknown>
  change: Record<string, unknown>
}> {
  const tag = unique()
  const published = { _status: 'published' }
  switch (collection) {
    case 'career-stages':
      return {
        data: {
          ...published,
          title: `Test stage ${tag}`,
          yearsFrom: 1,
          yearsTo: 3,
          summary: 'A stage.',
        },
        change: { summary: `Changed ${tag}` },
      }
    case 'salary-bands':
      return {
        data: {
          ...published,
          level: `Test level ${tag}`,
          minSalary: 100000,
          maxSalary: 150000,
          source: 'Test survey',
          asOf: '2026-06-01T00:00:00.000Z',
        },
        change: { maxSalary: 155000 },
      }
    case 'roles':
      return {
        data: {
          ...published,
          name: `Test role ${tag}`,
          primaryFocus: 'Testing',
          keyTools: [await seededId('tools', 'docker')],
          dataHandling: 'Fixtures',
          testing: 'Everything',
          monitoring: 'Dashboards',
          minSalary: 90000,
          maxSalary: 120000,
          source: 'Test survey',
          asOf: '2026-06-01T00:00:00.000Z',
        },
        change: { primaryFocus: `Changed ${tag}` },
      }
    case 'tool-categories':
      return {
        data: { ...published, title: `Test category ${tag}` },
        change: { title: `Renamed ${tag}` },
      }
    case 'tools':
      return { data: { ...published, name: `Test tool ${tag}` }, change: { shortName: 'TT' } }
    case 'company-groups':
      return {
        data: { ...published, title: `Test group ${tag}` },
        change: { description: 'Changed' },
      }
    case 'companies':
      return {
        data: {
          ...published,
          name: `Test company ${tag}`,
          group: await seededId('company-groups', 'ai-labs'),
          source: 'Test list',
          asOf: '2026-06-01T00:00:00.000Z',
        },
        change: { website: 'https://example.com' },
      }
    case 'faqs':
      return {
        data: {
          ...published,
          question: `Test question ${tag}?`,
          answer: lexicalParagraph('An answer.'),
        },
        change: { question: `Changed question ${tag}?` },
      }
    default:
      throw new Error(`no sample for ${collection}`)
  }
}

/** The smallest valid Lexical document: one paragraph of text. */
export function lexicalParagraph(text: string) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          children: [
            { type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 },
          ],
        },
      ],
    },
  }
}

/** The guide's collections, as the contract with the site names them. */
export { COLLECTION_SLUGS as CONTENT_COLLECTIONS } from '@mlops-guide/content'

/** A new published document of `collection` (sampleDoc's, with `data` over it), made as `token`. */
export async function publishedSample(
  token: string,
  collection: string,
  data: Record<string, unknown> = {},
): Promise<{ id: number; title?: string }> {
  const sample = await sampleDoc(collection)
  const res = await api('POST', `/${collection}`, { token, body: { ...sample.data, ...data } })
  if (res.status !== 201)
    throw new Error(`POST /${collection}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.doc
}
