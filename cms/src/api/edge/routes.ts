import type { Endpoint, FlattenedField, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import type { Target } from './checkQuery'

/** What a REST path addresses, as far as the edge needs to know. */
export type Route = {
  /** The collection or global, or null for the API's own endpoints (/api/health …). */
  collection: SanitizedCollectionConfig | null
  target: Target | null
  /** The matched endpoint's pattern, e.g. "/:id" or "/versions/:id"; null when none matched. */
  pattern: string | null
  params: Record<string, string>
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

const firstMatch = (endpoints: Endpoint[] | false, method: string, segments: string[]) => {
  for (const endpoint of endpoints || []) {
    if (endpoint.method !== method) continue
    const params = matchPattern(endpoint.path, segments)
    if (params) return { pattern: endpoint.path, params }
  }
  return { pattern: null, params: {} }
}

/** The fields of a collection's or global's versions: where/sort on /versions name these. */
const versionFields = (fields: FlattenedField[], relationTo?: string): FlattenedField[] =>
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
 * what the edge runs before.
 */
export function routeOf(config: SanitizedConfig, method: string, segments: string[]): Route {
  const isGlobal = segments[0] === 'globals'
  const slug = isGlobal ? segments[1] : segments[0]
  const rest = segments.slice(isGlobal ? 2 : 1)
  const entity = isGlobal
    ? config.globals.find((g) => g.slug === slug)
    : config.collections.find((c) => c.slug === slug)
  if (!entity) return { collection: null, target: null, pattern: null, params: {} }
  const { pattern, params } = firstMatch(entity.endpoints, method, rest)
  const fields = pattern?.startsWith('/versions')
    ? versionFields(entity.flattenedFields, isGlobal ? undefined : entity.slug)
    : entity.flattenedFields
  return {
    collection: isGlobal ? null : (entity as SanitizedCollectionConfig),
    target: { fields, config },
    pattern,
    params,
  }
}
