import { stringify } from 'csv-stringify/sync'
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

type Row = Record<string, string | number | boolean | null>
const title = (rel: unknown, key: string) =>
  rel && typeof rel === 'object' ? ((rel as Record<string, unknown>)[key] as string) : null

/** What each exportable collection becomes: one flat row per document, in list order. */
// Loosely typed documents: one table mixes collections, and `TABLES[c]({})` names the columns.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const TABLES: Partial<Record<CollectionSlug, (doc: Record<string, any>) => Row>> = {
  'salary-bands': (d) => ({
    level: d.level,
    slug: d.slug,
    yearsFrom: d.yearsFrom ?? null,
    yearsTo: d.yearsTo ?? null,
    minSalary: d.minSalary,
    maxSalary: d.maxSalary,
    currency: d.currency,
    openEnded: Boolean(d.openEnded),
    source: d.source,
    asOf: d.asOf,
  }),
  companies: (d) => ({
    name: d.name,
    slug: d.slug,
    group: title(d.group, 'title'),
    website: d.website ?? null,
    source: d.source,
    asOf: d.asOf,
  }),
  tools: (d) => ({
    name: d.name,
    slug: d.slug,
    shortName: d.shortName ?? null,
    category: title(d.category, 'title'),
    skillText: d.skillText ?? null,
  }),
}

/**
 * A formula start after a separator inside a cell gets a ' as well: a spreadsheet in a locale
 * whose list separator is ";" splits `Survey;=HYPERLINK(...)` into two cells, the second a
 * formula (and one reading "," or tab as separators does the same). csv-stringify's
 * escape_formulas looks at the first character of a cell only.
 */
const neutraliseFormulas = (value: string) =>
  value.replace(/([;,\t])(\s*)(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g, "$1$2'")

async function rows(req: PayloadRequest, collection: CollectionSlug): Promise<Row[]> {
  // With the caller's own access (published only for anonymous readers) and the API's caps.
  const { docs } = await req.payload.find({
    collection,
    depth: 1,
    limit: 100,
    overrideAccess: false,
    req,
  })
  return docs.map((doc) => TABLES[collection]!(doc as unknown as Record<string, unknown>))
}

/**
 * GET /api/exports/<collection>.json or .csv: salary bands, companies and tools as flat
 * tables for spreadsheets and other apps (csv-stringify writes the CSV).
 */
export const exportsEndpoint: Endpoint = {
  path: '/exports/:file',
  method: 'get',
  handler: async (req) => {
    const match = /^([a-z-]+)\.(json|csv)$/.exec(String(req.routeParams?.file ?? ''))
    const collection = match?.[1] as CollectionSlug | undefined
    if (!match || !collection || !TABLES[collection]) {
      return Response.json(
        {
          errors: [
            {
              message: `Exports: ${Object.keys(TABLES)
                .map((c) => `${c}.json, ${c}.csv`)
                .join(', ')}`,
            },
          ],
        },
        { status: 404 },
      )
    }
    const data = await rows(req, collection)
    const headers = {
      'content-disposition': `attachment; filename="${match[0]}"`,
      'cache-control': 'public, max-age=60',
    }
    if (match[2] === 'json') return Response.json(data, { headers })
    const csv = stringify(data, {
      header: true,
      columns: Object.keys(TABLES[collection]!({})),
      cast: { boolean: (value) => String(value), string: neutraliseFormulas },
      // A cell starting with = + - @, a tab or a carriage return gets a leading ' (OWASP's
      // advice on CSV injection): a spreadsheet shows it as text, never runs it. A cell with a
      // ";" is quoted, so a spreadsheet splitting on ";" keeps it whole.
      escape_formulas: true,
      quoted_match: ';',
    })
    return new Response(csv, { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' } })
  },
}
