import {
  type DocumentNode,
  type FieldNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql'
import { formatNames, type SanitizedConfig, toWords } from 'payload'

import { checkQuery, isRecord, type Target, wholeNumber } from './checkQuery'
import { problem, RequestProblem } from './problem'
import { versionFields } from './routes'

/** What a root field of Payload's schema reads: a list (where, sort, page, limit), or one id. */
type RootField = { target: Target; takes: 'list' | 'id' }

/**
 * Payload's root query and mutation fields, named as @payloadcms/graphql names them
 * (schema/initCollections.js, initGlobals.js: a collection's singular and plural names, a
 * global's singular name) and mapped to what they read. Hand-written because the schema is
 * built inside Payload's GraphQL handler, which runs after the request checks.
 */
const rootFieldsCache = new WeakMap<SanitizedConfig, Map<string, RootField>>()
function rootFields(config: SanitizedConfig): Map<string, RootField> {
  const cached = rootFieldsCache.get(config)
  if (cached) return cached
  const fields = new Map<string, RootField>()
  for (const c of config.collections) {
    if (c.graphQL === false) continue
    const names = formatNames(c.slug)
    const singular = c.graphQL?.singularName
      ? toWords(c.graphQL.singularName, true)
      : names.singular
    let plural = c.graphQL?.pluralName ? toWords(c.graphQL.pluralName, true) : names.plural
    if (singular === plural) plural = `all${singular}`
    const docs = { fields: c.flattenedFields, config }
    const versions = { fields: versionFields(c.flattenedFields, c.slug), config }
    fields.set(plural, { target: docs, takes: 'list' })
    fields.set(`count${plural}`, { target: docs, takes: 'list' })
    fields.set(`versions${plural}`, { target: versions, takes: 'list' })
    for (const name of [singular, `update${singular}`, `delete${singular}`, `duplicate${singular}`])
      fields.set(name, { target: docs, takes: 'id' })
    for (const name of [`version${singular}`, `restoreVersion${singular}`])
      fields.set(name, { target: versions, takes: 'id' })
  }
  for (const g of config.globals) {
    if (g.graphQL === false) continue
    const name = g.graphQL?.name ?? formatNames(g.slug).singular
    const versions = { fields: versionFields(g.flattenedFields), config }
    fields.set(`versions${name}`, { target: versions, takes: 'list' })
    for (const field of [`version${name}`, `restoreVersion${name}`])
      fields.set(field, { target: versions, takes: 'id' })
  }
  rootFieldsCache.set(config, fields)
  return fields
}

/** A GraphQL where (AND/OR, group paths joined by __, null as a literal) in REST's shape. */
function asRestWhere(value: unknown): unknown {
  if (value === null) return 'null'
  if (Array.isArray(value)) return value.map(asRestWhere)
  if (!isRecord(value)) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key === 'AND' || key === 'OR' ? key.toLowerCase() : key.replace(/__/g, '.'),
      asRestWhere(v),
    ]),
  )
}

/** The root fields an operation selects, through fragments (cycles are refused before). */
function* selectedRootFields(set: SelectionSetNode, document: DocumentNode): Generator<FieldNode> {
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) yield s
    else if (s.kind === Kind.INLINE_FRAGMENT) yield* selectedRootFields(s.selectionSet, document)
    else {
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value,
      )
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION)
        yield* selectedRootFields(fragment.selectionSet, document)
    }
  }
}

function variablesOf(operation: OperationDefinitionNode, given: Record<string, unknown>) {
  const defaults = Object.fromEntries(
    (operation.variableDefinitions ?? [])
      .filter((v) => v.defaultValue)
      .map((v) => [v.variable.name.value, valueFromASTUntyped(v.defaultValue!)]),
  )
  return { ...defaults, ...given }
}

/**
 * The arguments of Payload's root fields, checked as REST checks its query parameters
 * (checkQuery: page, limit, sort, where; ids as path ids), with variables filled in. Before
 * this, GraphQL skipped those checks: `page: -1` reached PostgreSQL as OFFSET -20 (a 500).
 * Operations other than query and mutation are refused: Payload serves no subscriptions.
 */
export function checkGraphqlArgs(
  document: DocumentNode,
  variables: Record<string, unknown>,
  config: SanitizedConfig,
) {
  const fields = rootFields(config)
  for (const operation of document.definitions) {
    if (operation.kind !== Kind.OPERATION_DEFINITION) continue
    if (operation.operation !== 'query' && operation.operation !== 'mutation') {
      throw problem(
        400,
        'query',
        `${operation.operation} operations are not served; use query or mutation`,
      )
    }
    const values = variablesOf(operation, variables)
    for (const field of selectedRootFields(operation.selectionSet, document)) {
      const root = fields.get(field.name.value)
      if (!root || !field.arguments?.length) continue
      const args = Object.fromEntries(
        field.arguments.map((a) => [a.name.value, valueFromASTUntyped(a.value, values)]),
      )
      const named = (p: RequestProblem) =>
        new RequestProblem(400, `${field.name.value}(${p.path})`, p.message)
      try {
        if (root.takes === 'id') {
          if (args.id !== undefined && args.id !== null) wholeNumber('id', args.id, 1)
          continue
        }
        const query: Record<string, unknown> = {}
        for (const name of ['page', 'limit', 'sort'] as const) {
          if (args[name] !== undefined && args[name] !== null) query[name] = args[name]
        }
        if (args.where !== undefined && args.where !== null) query.where = asRestWhere(args.where)
        checkQuery(query, root.target)
      } catch (error) {
        throw error instanceof RequestProblem ? named(error) : error
      }
    }
  }
}
