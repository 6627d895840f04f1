import type { FlattenedField, SanitizedConfig } from 'payload'

import { blocksOf, type Leaf, resolvePath } from './fieldPaths'
import { problem, quote } from './problem'

/** A where clause: at most this many levels of and/or, and this many conditions in all. */
const MAX_WHERE_DEPTH = 5
const MAX_CONDITIONS = 50
const MAX_LIST_VALUES = 100
const MAX_VALUE_LENGTH = 1000
const MAX_SORT_FIELDS = 5
const MAX_INT = 2_147_483_647

const COMPARE = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ORDER = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const OPERATORS: Record<Leaf['kind'], string[]> = {
  text: [...COMPARE, 'like', 'not_like', 'contains'],
  option: COMPARE,
  number: [...COMPARE, ...ORDER],
  date: [...COMPARE, ...ORDER],
  boolean: ['equals', 'not_equals', 'exists'],
  id: COMPARE,
  structured: ['exists'],
}
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

/** The entity a request reads: a collection's or a global's fields. */
export type Target = { fields: FlattenedField[]; config: SanitizedConfig }

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Whether `value` is a whole number in [min, max]: digits only, or a JSON number. */
function isWholeNumber(value: unknown, min: number, max = MAX_INT) {
  // A query string carries text; a GET override's JSON body may carry a number.
  const text = typeof value === 'number' ? String(value) : value
  return typeof text === 'string' && /^\d{1,10}$/.test(text) && +text >= min && +text <= max
}

/** A whole number in [min, max], or a 400 naming `param`. */
export function wholeNumber(param: string, value: unknown, min: number, max = MAX_INT) {
  if (!isWholeNumber(value, min, max)) {
    throw problem(400, param, `must be a whole number from ${min} to ${max} (got ${quote(value)})`)
  }
}

/** A document id: a whole number from 1 to 2^31-1 (PostgreSQL's integer). */
export const isId = (value: unknown) => isWholeNumber(value, 1)

function checkValue(path: string, leaf: Leaf, operator: string, value: unknown) {
  if (operator === 'exists') {
    if (value !== 'true' && value !== 'false' && typeof value !== 'boolean') {
      throw problem(400, path, `exists takes true or false (got ${quote(value)})`)
    }
    return
  }
  if (LIST_OPERATORS.has(operator)) {
    const list = Array.isArray(value)
      ? value
      : isRecord(value)
        ? Object.values(value)
        : typeof value === 'string' && value !== ''
          ? value.split(',')
          : []
    if (list.length === 0) throw problem(400, path, `${operator} needs at least one value`)
    if (list.length > MAX_LIST_VALUES) {
      throw problem(400, path, `${operator} takes at most ${MAX_LIST_VALUES} values`)
    }
    for (const item of list) checkValue(path, leaf, 'equals', item)
    return
  }
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw problem(400, path, `${operator} takes a single value (got ${quote(value)})`)
  }
  const text = String(value)
  if (text.length > MAX_VALUE_LENGTH) {
    throw problem(400, path, `the value is longer than ${MAX_VALUE_LENGTH} characters`)
  }
  if (text.includes('\0')) throw problem(400, path, 'the value contains a NUL character')
  const isNull = text === 'null'
  switch (leaf.kind) {
    case 'number':
      if (!isNull && !(/^-?\d+(\.\d+)?$/.test(text) && Number.isFinite(+text))) {
        throw problem(400, path, `${operator} needs a number (got ${quote(value)})`)
      }
      if (leaf.integer && !isNull && !isId(text)) {
        throw problem(400, path, `${operator} needs a whole number id (got ${quote(value)})`)
      }
      return
    case 'date':
      if (!isNull && Number.isNaN(Date.parse(text))) {
        throw problem(
          400,
          path,
          `${operator} needs a date such as 2026-01-31 (got ${quote(value)})`,
        )
      }
      return
    case 'option':
      if (!isNull && !leaf.options.includes(text)) {
        throw problem(
          400,
          path,
          `${operator} takes one of ${leaf.options.join(', ')} (got ${quote(value)})`,
        )
      }
      return
    case 'boolean':
      if (!['true', 'false', 'null'].includes(text)) {
        throw problem(400, path, `${operator} takes true or false (got ${quote(value)})`)
      }
      return
    case 'id':
      if (!isNull && !isId(text)) {
        throw problem(
          400,
          path,
          `${operator} needs a document id, a whole number (got ${quote(value)})`,
        )
      }
      return
  }
}

/**
 * A where clause as qs-esm parses it (the same parser Payload uses): field paths and
 * operators that exist, values of the field's type, bounded nesting. Payload's own checks
 * run later, on what passes here; without these, its database adapter met the mistakes
 * and answered 500.
 */
export function checkWhere(where: unknown, target: Target) {
  let conditions = 0
  const visit = (clause: unknown, at: string, depth: number) => {
    if (!isRecord(clause)) {
      throw problem(
        400,
        at,
        `must be conditions such as ${at}[slug][equals]=… (got ${quote(clause)})`,
      )
    }
    if (depth > MAX_WHERE_DEPTH) {
      throw problem(400, at, `and/or nest deeper than ${MAX_WHERE_DEPTH} levels`)
    }
    for (const [key, value] of Object.entries(clause)) {
      const path = `${at}[${key}]`
      if (key === 'and' || key === 'or') {
        const list = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : null
        if (!list) throw problem(400, path, `must be a list of conditions (got ${quote(value)})`)
        list.forEach((sub, i) => visit(sub, `${path}[${i}]`, depth + 1))
        continue
      }
      const leaf = resolvePath(key, target.fields, target.config)
      if (typeof leaf === 'string') throw problem(400, path, `cannot be queried: ${leaf}`)
      if (!isRecord(value) || Object.keys(value).length === 0) {
        throw problem(400, path, `needs an operator, as in ${path}[equals]=… (got ${quote(value)})`)
      }
      for (const [operator, operand] of Object.entries(value)) {
        if (++conditions > MAX_CONDITIONS) {
          throw problem(400, 'where', `has more than ${MAX_CONDITIONS} conditions`)
        }
        const allowed = [
          ...OPERATORS[leaf.kind],
          ...(leaf.kind === 'id' && leaf.hasMany ? ['all'] : []),
        ]
        if (!allowed.includes(operator)) {
          throw problem(
            400,
            `${path}[${operator}]`,
            `is not an operator for this field; use one of ${allowed.join(', ')}`,
          )
        }
        checkValue(`${path}[${operator}]`, leaf, operator, operand)
      }
    }
  }
  visit(where, 'where', 0)
}

export function checkSort(sort: unknown, target: Target) {
  const list = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : null
  if (!list || list.length > MAX_SORT_FIELDS || list.some((s) => typeof s !== 'string')) {
    throw problem(
      400,
      'sort',
      `must be up to ${MAX_SORT_FIELDS} field names, comma-separated (got ${quote(sort)})`,
    )
  }
  for (const entry of list as string[]) {
    const leaf = resolvePath(entry.replace(/^-/, ''), target.fields, target.config)
    if (typeof leaf === 'string')
      throw problem(400, 'sort', `cannot sort by ${quote(entry)}: ${leaf}`)
    if (leaf.kind === 'structured')
      throw problem(400, 'sort', `cannot sort by ${quote(entry)}: not a single value`)
  }
}

/** `select` (and each collection's part of `populate`): field names mapped to true/false or deeper. */
export function checkSelect(
  select: unknown,
  fields: FlattenedField[],
  config: SanitizedConfig,
  at: string,
) {
  const visit = (node: unknown, prefix: string[], at: string, depth: number) => {
    if (!isRecord(node) || depth > 6) {
      throw problem(
        400,
        at,
        `must map field names to true or false, as in ${at}[title]=true (got ${quote(node)})`,
      )
    }
    for (const [name, value] of Object.entries(node)) {
      const path = [...prefix, name]
      const leaf = resolvePath(path.join('.'), fields, config)
      if (typeof leaf === 'string' && !(leaf.startsWith('no field') && isBlockSlug(name, config))) {
        throw problem(400, `${at}[${name}]`, `cannot be selected: ${leaf}`)
      }
      if (value === 'true' || value === 'false' || typeof value === 'boolean') continue
      visit(value, path, `${at}[${name}]`, depth + 1)
    }
  }
  visit(select, [], at, 0)
}

// A blocks field's select is keyed by block slug ({ layout: { hero: { title: true } } }).
const isBlockSlug = (name: string, config: SanitizedConfig) =>
  config.collections.some((c) =>
    c.flattenedFields.some(
      (f) => f.type === 'blocks' && blocksOf(f, config).some((b) => b.slug === name),
    ),
  )

const BOOLEAN_PARAMS = [
  'draft',
  'pagination',
  'trash',
  'autosave',
  'overrideLock',
  'flattenLocales',
]

/**
 * The query parameters of a read or write, parsed as Payload parses them. Parameters this
 * CMS has no use for (locale: the content has one language) are refused rather than ignored,
 * so a client's mistake is told, not silently answered with something else.
 */
export function checkQuery(query: Record<string, unknown>, target: Target | null) {
  for (const name of ['page', 'limit', 'depth']) {
    if (query[name] !== undefined) wholeNumber(name, query[name], name === 'page' ? 1 : 0)
  }
  for (const name of BOOLEAN_PARAMS) {
    const value = query[name]
    if (value !== undefined && !['true', 'false', true, false].includes(value as string)) {
      throw problem(400, name, `must be true or false (got ${quote(value)})`)
    }
  }
  // The admin itself sends fallback-locale=null (autosave), an empty locale, and
  // locale=undefined (the create form's Save draft and Publish).
  for (const name of ['locale', 'fallback-locale', 'fallbackLocale']) {
    const value = query[name]
    if (
      value !== undefined &&
      !['', 'null', 'none', 'false', 'undefined'].includes(value as string)
    ) {
      throw problem(400, name, 'this API has one language: leave the parameter out')
    }
  }
  if (!target) return
  if (query.where !== undefined) checkWhere(query.where, target)
  if (query.sort !== undefined) checkSort(query.sort, target)
  if (query.select !== undefined) checkSelect(query.select, target.fields, target.config, 'select')
  if (query.populate !== undefined) {
    if (!isRecord(query.populate))
      throw problem(
        400,
        'populate',
        `must map collections to fields (got ${quote(query.populate)})`,
      )
    for (const [slug, select] of Object.entries(query.populate)) {
      const collection = target.config.collections.find((c) => c.slug === slug)
      if (!collection) throw problem(400, `populate[${slug}]`, 'is not a collection')
      checkSelect(select, collection.flattenedFields, target.config, `populate[${slug}]`)
    }
  }
}
