/**
 * Publishes content at scale through the REST API, as editors would: `tools` tools (in the
 * existing categories), `companies` companies (in the existing groups) and `faqs` FAQs. Used
 * by the scale test and bench/scale.ts. Returns every tool's slug afterwards.
 */
export async function publishAtScale(
  cmsUrl: string,
  token: string,
  counts: { tools: number; companies: number; faqs: number },
  width = 8,
): Promise<{ toolSlugs: string[] }> {
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${cmsUrl}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    // API answers, read as untyped JSON.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const json = (await res.json()) as any
    if (res.status >= 300)
      throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
    return json
  }
  const inBatches = async (n: number, make: (i: number) => Promise<unknown>) => {
    for (let i = 1; i <= n; i += width) {
      await Promise.all(Array.from({ length: Math.min(width, n - i + 1) }, (_, k) => make(i + k)))
    }
  }
  const categories = (await api('GET', '/tool-categories?limit=100')).docs
  const groups = (await api('GET', '/company-groups?limit=100')).docs
  const published = { _status: 'published' }
  await inBatches(counts.tools, (i) =>
    api('POST', '/tools', {
      ...published,
      name: `Scale tool ${i}`,
      category: categories[i % categories.length].id,
    }),
  )
  await inBatches(counts.companies, (i) =>
    api('POST', '/companies', {
      ...published,
      name: `Scale company ${i}`,
      group: groups[i % groups.length].id,
      source: 'Scale test',
      asOf: '2026-06-01T00:00:00.000Z',
    }),
  )
  await inBatches(counts.faqs, (i) =>
    api('POST', '/faqs', {
      ...published,
      question: `Scale question ${i}?`,
      answer: paragraph(`Answer ${i}.`),
    }),
  )
  const toolSlugs: string[] = []
  for (let page = 1; ; page++) {
    const answer = await api('GET', `/tools?limit=100&page=${page}&depth=0&select[slug]=true`)
    toolSlugs.push(...answer.docs.map((t: { slug: string }) => t.slug))
    if (!answer.hasNextPage) return { toolSlugs }
  }
}

/** A one-paragraph Lexical document, as the admin's rich-text editor stores it. */
export const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          { type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 },
        ],
      },
    ],
  },
})
