import type { Endpoint, FlattenedField, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import type { Target } from './checkQuery'
import { quote } from './problem'

/** What a REST path addresses, as far as the request checks need to know. */
export type Route = {
  /** The collection or global, or null for the API's own endpoints (/api/health …). */
  collection: SanitizedCollectionConfig | null
  target: Target | null
  /** The matched endpoint's pattern, e.g. "/:id" or "/versions/:id"; null when none matched. */
  pattern: string | null
  params: Record<string, string>
  /** The methods the path answers (upper case, for a 405's Allow). */
  allow: string[]
  /** Why nothing is served at this path (a 404's message), or null. */
  missing: string | null
}

const matchPattern = (pattern: string, segments: string[]) => {
  const parts = pattern.split('/').filter(Boolean)
  const params: Record<string, string> = {}
  const required = parts.filter((p) => !p.endsWith('?')).length
  if (segments.length < required || segments.length > parts.length) return null
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    const segment = segments[i]
    if (part.startsWith(':')) {
      if (segment !== undefined) params[part.replace(/^:|\?$/g, '')] = segment
    } else if (part !== segment) return null
  }
  return params
}

const firstMatch = (endpoints: Endpoint[], method: string, segments: string[]) => {
  for (const endpoint of endpoints) {
    if (endpoint.method !== method) continue
    const params = matchPattern(endpoint.path, segments)
    if (params) return { pattern: endpoint.path, params }
  }
  return { pattern: null, params: {} }
}

/** Every method some endpoint answers at this path, as an Allow header lists them. */
function allowed(endpoints: Endpoint[], segments: string[]): string[] {
  const methods = new Set(
    endpoints.filter((e) => matchPattern(e.path, segments)).map((e) => e.method.toUpperCase()),
  )
  if (methods.size === 0) return []
  if (methods.has('GET')) methods.add('HEAD')
  return [...methods, 'OPTIONS']
}

/** The fields of a collection's or global's versions: where/sort on /versions name these. */
export const versionFields = (fields: FlattenedField[], relationTo?: string): FlattenedField[] =>
  [
    { name: 'version', type: 'group', flattenedFields: fields },
    ...(relationTo ? [{ name: 'parent', type: 'relationship', relationTo }] : []),
    { name: 'createdAt', type: 'date' },
    { name: 'updatedAt', type: 'date' },
    { name: 'latest', type: 'checkbox' },
    { name: 'autosave', type: 'checkbox' },
  ] as FlattenedField[]

/**
 * Finds the collection or global and the endpoint a REST path names, matching endpoints in
 * Payload's order. Hand-written because Payload's own router is inside its handler, which is
 * what the request checks run before.
 */
export function routeOf(config: SanitizedConfig, method: string, segments: string[]): Route {
  const isGlobal = segments[0] === 'globals'
  const slug = isGlobal ? segments[1] : segments[0]
  const rest = segments.slice(isGlobal ? 2 : 1)
  const entity = isGlobal
    ? config.globals.find((g) => g.slug === slug)
    : config.collections.find((c) => c.slug === slug)
  const none = { collection: null, target: null, pattern: null, params: {}, allow: [] }
  const path = quote(`/${segments.join('/')}`)
  if (!entity) {
    // The API's own endpoints (/api/health, /api/access …) and Payload's answer for the rest,
    // a 404 outside the { errors } shape every other refusal has.
    const endpoints = isGlobal ? [] : config.endpoints
    const allow = allowed(endpoints, segments)
    if (!allow.length) return { ...none, missing: `no endpoint at ${path}` }
    return { ...none, ...firstMatch(endpoints, method, segments), allow, missing: null }
  }
  // Payload's migrations table has its endpoints turned off: Payload answered 501 naming
  // the host the server listens on.
  if (!entity.endpoints) return { ...none, missing: `${slug} is not served over the API` }
  const allow = allowed(entity.endpoints, rest)
  if (!allow.length) return { ...none, missing: `no endpoint at ${path}` }
  const { pattern, params } = firstMatch(entity.endpoints, method, rest)
  // Every collection has the /versions endpoints; without versions they met a missing table.
  if (rest[0] === 'versions' && !entity.versions) {
    return { ...none, missing: `${slug} keeps no versions` }
  }
  const fields = pattern?.startsWith('/versions')
    ? versionFields(entity.flattenedFields, isGlobal ? undefined : entity.slug)
    : entity.flattenedFields
  return {
    collection: isGlobal ? null : (entity as SanitizedCollectionConfig),
    target: { fields, config },
    pattern,
    params,
    allow,
    missing: null,
  }
}
