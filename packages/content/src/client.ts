import { stringify } from 'qs-esm'

import type { GuideCollectionSlug, Collections, GlobalSlug, Globals } from './collections.ts'
import type { ContentChange, ContentChanges } from './changes.ts'
import type { Redirect } from './payload-types.ts'

/** Payload's query operators (a subset; see https://payloadcms.com/docs/queries/overview). */
type Operator =
  | 'equals'
  | 'not_equals'
  | 'in'
  | 'not_in'
  | 'greater_than'
  | 'greater_than_equal'
  | 'less_than'
  | 'less_than_equal'
  | 'like'
  | 'contains'
  | 'exists'
type FieldFilter = Partial<Record<Operator, unknown>>
type FieldName<T> = keyof T & string

/**
 * A where clause over T's fields: a misspelt field (`minSalry`) does not compile. A path
 * into a group, array or related document (`skills.name`) is checked by its first name only.
 */
export type Where<T> = { [K in FieldName<T>]?: FieldFilter | undefined } & {
  [K in `${FieldName<T>}.${string}`]?: FieldFilter | undefined
} & {
  and?: Where<T>[] | undefined
  or?: Where<T>[] | undefined
}

/** A field to sort by, `-field` for descending; Payload sorts orderable collections by `_order`. */
export type Sort<T> = FieldName<T> | `-${FieldName<T>}` | '_order' | '-_order'

/** An ISO 8601 time, or a Date: the content as published then (see `asOf` below). */
export type AsOf = string | Date

export type FindOptions<T> = {
  where?: Where<T> | undefined
  /** one field or several, in order of precedence */
  sort?: Sort<T> | Sort<T>[] | undefined
  limit?: number | undefined
  page?: number | undefined
  depth?: number | undefined
  select?: { [K in FieldName<T>]?: true | undefined } | undefined
  /**
   * The content as it was published at this moment (the published versions), for citing:
   * such an answer never changes. Relationships are ids (depth 0); a document that was not
   * published then is a 404.
   */
  asOf?: AsOf | undefined
}

/** The options of a single document's read. */
export type FindByIdOptions<T> = Pick<FindOptions<T>, 'depth' | 'select' | 'asOf'>

export type PaginatedDocs<T> = {
  docs: T[]
  totalDocs: number
  limit: number
  totalPages: number
  page: number
  pagingCounter: number
  hasPrevPage: boolean
  hasNextPage: boolean
  prevPage: number | null
  nextPage: number | null
}

export class ContentApiError extends Error {
  readonly status: number
  readonly url: string
  readonly body: unknown
  /** From a 429's or 503's Retry-After header: seconds to wait before asking again. */
  readonly retryAfterSeconds: number | undefined
  constructor(status: number, url: string, body: unknown, retryAfterSeconds?: number) {
    super(`Content API ${status} for ${url}`)
    this.status = status
    this.url = url
    this.body = body
    this.retryAfterSeconds = retryAfterSeconds
  }
}

/** Retry-After in seconds (the API sends whole seconds; an HTTP date is not used). */
const retryAfter = (res: Response) => {
  const seconds = Number(res.headers.get('retry-after') ?? NaN)
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined
}

export type ClientOptions = {
  /** Origin of the CMS, e.g. http://localhost:3000 */
  baseUrl: string
  /** A read-only key from a CMS admin, sent as `Authorization: api-clients API-Key <key>`. */
  apiKey?: string | undefined
  fetch?: typeof fetch | undefined
  /** Milliseconds before a request is abandoned. */
  timeoutMs?: number | undefined
}

/** A small typed client for the guide's REST API, free of Payload, Next and React. */
export function createContentClient(options: ClientOptions) {
  const base = options.baseUrl.replace(/\/$/, '')
  const doFetch = options.fetch ?? fetch

  /** Sends the client's key, gives up after its timeout. */
  function request(url: string, headers: Record<string, string>) {
    if (options.apiKey) headers.authorization = `api-clients API-Key ${options.apiKey}`
    return doFetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs ?? 5000) })
  }

  async function get<R>(
    path: string,
    query: { asOf?: AsOf | undefined; [name: string]: unknown } = {},
  ): Promise<R> {
    const { asOf, ...rest } = query
    const qs = stringify(
      asOf === undefined ? rest : { ...rest, asOf: new Date(asOf).toISOString() },
      { addQueryPrefix: true },
    )
    const url = `${base}/api${path}${qs}`
    const res = await request(url, { accept: 'application/json' })
    const body = await res.json().catch(() => null)
    if (!res.ok) throw new ContentApiError(res.status, url, body, retryAfter(res))
    return body as R
  }

  function find<S extends GuideCollectionSlug>(
    collection: S,
    query: FindOptions<Collections[S]> = {},
  ) {
    return get<PaginatedDocs<Collections[S]>>(`/${collection}`, query)
  }
  function findById<S extends GuideCollectionSlug>(
    collection: S,
    id: number | string,
    query: FindByIdOptions<Collections[S]> = {},
  ) {
    return get<Collections[S]>(`/${collection}/${encodeURIComponent(String(id))}`, query)
  }
  function count<S extends GuideCollectionSlug>(collection: S, where?: Where<Collections[S]>) {
    return get<{ totalDocs: number }>(`/${collection}/count`, { where })
  }
  function findGlobal<S extends GlobalSlug>(
    slug: S,
    query: { depth?: number | undefined; asOf?: AsOf | undefined } = {},
  ) {
    return get<Globals[S]>(`/globals/${slug}`, query)
  }
  /** find / findById / count bound to one collection, e.g. `client.salaryBands.find()`. */
  const bind = <S extends GuideCollectionSlug>(collection: S) => ({
    find: (query?: FindOptions<Collections[S]>) => find(collection, query),
    findById: (id: number | string, query?: FindByIdOptions<Collections[S]>) =>
      findById(collection, id, query),
    count: (where?: Where<Collections[S]>) => count(collection, where),
  })

  /**
   * The record of changes readers saw, newest first, a page at a time (the CMS's
   * /api/content-changes, made from its content events).
   */
  function contentChanges(query: { page?: number | undefined; limit?: number | undefined } = {}) {
    return get<ContentChanges>('/content-changes', query)
  }

  /** One entry of the record by its sequence (a ContentApiError 404 when the record holds none). */
  function contentChange(sequence: number) {
    return get<ContentChange>(`/content-changes/${sequence}`, {})
  }

  /**
   * The redirect from an old address of a stage or skill page (`/career-path/old-name`), with
   * the document it leads to (depth 1: its current slug), or null when there is none. Follow
   * it with `redirectTarget` (`@mlops-guide/content/site-routes`).
   */
  async function redirectFrom(path: string) {
    const query: FindOptions<Redirect> = { where: { from: { equals: path } }, limit: 1, depth: 1 }
    const answer = await get<PaginatedDocs<Redirect>>('/redirects', query)
    return answer.docs[0] ?? null
  }

  /**
   * An uploaded file (Media's `filename` or one of its sizes'), as the CMS answers it: the
   * response itself, to stream on. Conditional headers (If-None-Match, ...) pass through.
   */
  function mediaFile(filename: string, headers: Record<string, string> = {}) {
    return request(`${base}/api/media/file/${encodeURIComponent(filename)}`, { ...headers })
  }

  return {
    find,
    findById,
    count,
    findGlobal,
    contentChanges,
    contentChange,
    redirectFrom,
    mediaFile,
    careerStages: bind('career-stages'),
    salaryBands: bind('salary-bands'),
    roles: bind('roles'),
    toolCategories: bind('tool-categories'),
    tools: bind('tools'),
    companyGroups: bind('company-groups'),
    companies: bind('companies'),
    faqs: bind('faqs'),
    guidePage: {
      get: (query?: { depth?: number | undefined; asOf?: AsOf | undefined }) =>
        findGlobal('guide-page', query),
    },
  }
}

export type ContentClient = ReturnType<typeof createContentClient>
