import type { FlattenedField, SanitizedConfig } from 'payload'

import { isId, isRecord } from './checkQuery'
import { blocksOf, leafOf } from './fieldPaths'
import { problem, quote } from './problem'

const MAX_JSON_DEPTH = 32

/** The request's media type, lower case, without parameters ("application/json"). */
export const mediaType = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()

/**
 * The content-type to hand Payload for a body of media type `type` (lower case): Payload
 * compares "application/json" exactly, and multipart needs its boundary parameter.
 */
export const canonicalType = (type: string, request: Request) =>
  type.startsWith('multipart/')
    ? `${type}${(request.headers.get('content-type') ?? '').replace(/^[^;]*/, '')}`
    : type

/**
 * The request's body, read up to `limit` bytes: 413 past it, whatever Content-Length says
 * (a client may send none, or lie). Past the limit the stream is left unread, not cancelled:
 * cancelling destroys the connection under a client still sending, which then never reads
 * the 413. The server reads the rest and throws it away (server-runtime's requestBodies.js).
 */
export async function readBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > limit) throw tooLarge(limit)
  if (!request.body) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) throw tooLarge(limit)
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    body.set(chunk, at)
    at += chunk.byteLength
  }
  return body
}

const tooLarge = (limit: number) =>
  problem(
    413,
    'body',
    `is larger than ${Math.round(limit / 1024)} KB, the most this endpoint accepts`,
  )

/**
 * A JSON body: valid UTF-8 JSON, an object (every Payload write takes one), nested at most
 * MAX_JSON_DEPTH levels, with no NUL character in any key or string (PostgreSQL's text
 * cannot hold one). Depth is counted without recursion, so a hostile body cannot blow the
 * stack here.
 */
export function parseJsonBody(bytes: Uint8Array): Record<string, unknown> {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw problem(400, 'body', 'is not valid UTF-8')
  }
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth)
    else if (c === '}' || c === ']') depth--
  }
  if (deepest > MAX_JSON_DEPTH)
    throw problem(400, 'body', `nests deeper than ${MAX_JSON_DEPTH} levels`)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    throw problem(400, 'body', `is not valid JSON: ${(error as Error).message}`)
  }
  if (!isRecord(body)) throw problem(400, 'body', `must be a JSON object (got ${quote(body)})`)
  findNul(body, 'body')
  return body
}

function findNul(value: unknown, at: string) {
  if (typeof value === 'string') {
    if (value.includes('\0')) throw problem(400, at, 'contains a NUL character')
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findNul(v, `${at}[${i}]`))
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\0')) throw problem(400, at, 'has a key with a NUL character')
      findNul(v, at === 'body' ? k : `${at}.${k}`)
    }
  }
}

/** A relationship's value as a write may give it: an id, a populated document, or nothing. */
function checkReference(value: unknown, relationTo: string | string[], at: string) {
  if (value === null || value === '') return
  if (Array.isArray(relationTo)) {
    if (
      isRecord(value) &&
      typeof value.relationTo === 'string' &&
      relationTo.includes(value.relationTo) &&
      (isId(value.value) || (isRecord(value.value) && isId(value.value.id)))
    ) {
      return
    }
    throw problem(
      400,
      at,
      `must be { relationTo: ${relationTo.map((r) => `"${r}"`).join(' | ')}, value: <id> } (got ${quote(value)})`,
    )
  }
  if (isId(value) || (isRecord(value) && isId(value.id))) return
  throw problem(
    400,
    at,
    `must be the id of a ${relationTo} document, a whole number (got ${quote(value)})`,
  )
}

/** The JSON type each scalar field takes; Payload's validators assume it and threw (500) on others. */
function checkScalar(field: FlattenedField, value: unknown, at: string) {
  const many = 'hasMany' in field && field.hasMany
  // Payload stores a single value given for a list as an empty list: the value is lost.
  if (many && !Array.isArray(value) && leafOf(field).kind !== 'id')
    throw problem(400, at, `must be a list (got ${quote(value)})`)
  const items = many ? (value as unknown[]) : [value]
  const expect = (ok: (v: unknown) => boolean, what: string) => {
    if (!items.every(ok))
      throw problem(400, at, `must be ${many ? 'a list of ' : ''}${what} (got ${quote(value)})`)
  }
  switch (leafOf(field).kind) {
    case 'text':
    case 'option':
      return expect((v) => typeof v === 'string', 'text')
    case 'number':
      return expect(
        (v) =>
          typeof v === 'number' ||
          (typeof v === 'string' && v.trim() !== '' && Number.isFinite(+v)),
        'a number',
      )
    case 'boolean':
      return expect((v) => typeof v === 'boolean', 'true or false')
    case 'date':
      return expect(
        (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
        'a date such as 2026-01-31',
      )
    case 'structured':
      if (field.type !== 'richText') return
      return expect((v) => isRecord(v) && isRecord(v.root), 'rich text: an object with a root node')
  }
}

/**
 * The values of a document's data, at any depth (groups, arrays, blocks): relationships
 * must be ids, scalars of their field's JSON type. Payload hands a mistyped relationship to
 * PostgreSQL and its validators assume the type: both answered 500. What the value means
 * (options, lengths, required) stays Payload's own validation, which answers 400.
 */
export function checkData(
  data: Record<string, unknown>,
  fields: FlattenedField[],
  config: SanitizedConfig,
  prefix = '',
) {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    const at = `${prefix}${field.name}`
    if (value === undefined || value === null) continue
    checkScalar(field, value, at)
    switch (field.type) {
      case 'relationship':
      case 'upload':
        if (field.hasMany) {
          if (!Array.isArray(value))
            throw problem(400, at, `must be a list of ids (got ${quote(value)})`)
          value.forEach((v, i) => checkReference(v, field.relationTo, `${at}.${i}`))
        } else checkReference(value, field.relationTo, at)
        break
      case 'group':
      case 'tab':
        if (!isRecord(value)) throw problem(400, at, `must be an object (got ${quote(value)})`)
        checkData(value, field.flattenedFields, config, `${at}.`)
        break
      case 'array':
        if (!Array.isArray(value)) throw problem(400, at, `must be a list (got ${quote(value)})`)
        value.forEach((row, i) => {
          if (!isRecord(row))
            throw problem(400, `${at}.${i}`, `must be an object (got ${quote(row)})`)
          checkData(row, field.flattenedFields, config, `${at}.${i}.`)
        })
        break
      case 'blocks':
        if (!Array.isArray(value))
          throw problem(400, at, `must be a list of blocks (got ${quote(value)})`)
        value.forEach((row, i) => {
          const block = isRecord(row)
            ? blocksOf(field, config).find((b) => b.slug === row.blockType)
            : undefined
          if (!block || !isRecord(row)) {
            throw problem(
              400,
              `${at}.${i}.blockType`,
              `is not a block of this field (got ${quote(isRecord(row) ? row.blockType : row)})`,
            )
          }
          checkData(row, block.flattenedFields, config, `${at}.${i}.`)
        })
        break
    }
  }
}
