import { getPayload, type SanitizedConfig, type Where } from 'payload'

import { isGlobalSlug, type GuideCollectionSlug } from '@mlops-guide/content/collections'

import { parseQueryAsPayload } from '../../framework/queryString'
import { isPersonal } from '../httpCaching'
import { problem, problemResponse } from '../requestChecks/problem'
import { SETTLE_MS } from './asOfParam'
import { figuresAsOfContext } from './figuresAt'
import { collectionVersionsAt, globalVersionAt } from './publishedAt'

type Handler<C> = (request: Request, context: C) => Promise<Response>
type Query = Record<string, unknown>

/** Field paths of a where clause, moved into the version (`minSalary` → `version.minSalary`). */
function inVersion(where: unknown): Where {
  if (typeof where !== 'object' || where === null) return {}
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or'
        ? [key, (Array.isArray(value) ? value : Object.values(value as object)).map(inVersion)]
        : [`version.${key}`, value],
    ),
  ) as Where
}

const sortInVersion = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : String(sort).split(',')).map((s: string) =>
    s.startsWith('-') ? `-version.${s.slice(1)}` : `version.${s}`,
  )

/** `select` applied to a document as Payload applies it: the id and the fields it names. */
function selected(doc: Record<string, unknown>, select: unknown): Record<string, unknown> {
  if (typeof select !== 'object' || select === null) return doc
  const picks = Object.entries(select).filter(([, v]) => v !== 'false' && v !== false)
  const out: Record<string, unknown> = 'id' in doc ? { id: doc.id } : {}
  for (const [name, value] of picks) {
    const field = doc[name]
    out[name] =
      typeof value === 'object' && field && typeof field === 'object' && !Array.isArray(field)
        ? selected(field as Record<string, unknown>, value)
        : field
  }
  return out
}

/**
 * Cacheable forever once `at` has settled (nothing published can still change it); until
 * then revalidated like any answer.
 */
function cacheControl(request: Request, at: Date) {
  const scope = isPersonal(request) ? 'private' : 'public'
  return Date.now() - at.getTime() > SETTLE_MS
    ? `${scope}, max-age=31536000, immutable`
    : `${scope}, no-cache`
}

/**
 * GET with `asOf` (checked in requestChecks/guardRest.ts, asOf/asOfParam.ts): the content as
 * readers saw it at that moment, from the published versions (asOf/publishedAt.ts), in the
 * shape of the current answer: a list (with where, sort, limit, page, select), a document
 * or a global, relationships as ids. A document that was not public then is a 404. Rich text
 * renders its figures with the values published at that moment (asOf/figuresAt.ts), as
 * readers read them then. Without asOf the request goes to Payload.
 */
export const withAsOf =
  <C>(configPromise: Promise<SanitizedConfig>, handler: Handler<C>): Handler<C> =>
  async (request, context) => {
    const url = new URL(request.url)
    if (!url.searchParams.has('asOf')) return handler(request, context)
    const query: Query = parseQueryAsPayload(url.search)
    const at = new Date(String(query.asOf))
    const payload = await getPayload({ config: configPromise })
    const [first = '', second] = url.pathname.replace(/^.*?\/api\//, '').split('/')
    const when = at.toISOString()
    const notPublished = (what: string) =>
      problemResponse(problem(404, 'asOf', `${what} was not published at ${when}`))
    let body: unknown
    if (first === 'globals' && second && isGlobalSlug(second)) {
      const version = await globalVersionAt(payload, second, at, figuresAsOfContext(at))
      if (!version) return notPublished(second)
      body = selected({ ...version.version, globalType: second }, query.select)
    } else {
      const collection = first as GuideCollectionSlug
      const id = second
      const ids = await collectionVersionsAt(payload, collection, at, id)
      if (id !== undefined && ids.length === 0) return notPublished(`${collection} ${id}`)
      const { defaultSort } = payload.collections[collection].config
      const found = await payload.findVersions({
        collection,
        // No version has id 0: a moment before anything was published lists nothing.
        where: { and: [{ id: { in: ids.length ? ids : [0] } }, inVersion(query.where)] },
        sort: sortInVersion(query.sort ?? defaultSort ?? '-createdAt'),
        limit: Number(query.limit ?? 10),
        page: Number(query.page ?? 1),
        depth: 0,
        context: figuresAsOfContext(at),
      })
      const docs = found.docs.map((v) =>
        selected({ ...(v.version as object), id: v.parent }, query.select),
      )
      body = id === undefined ? { ...found, docs } : docs[0]
    }
    return Response.json(body, { headers: { 'cache-control': cacheControl(request, at) } })
  }
