import type { OpenAPIV3_1 } from 'openapi-types'

type Doc = OpenAPIV3_1.Document
type Schema = OpenAPIV3_1.SchemaObject & { $ref?: string }
type Param = OpenAPIV3_1.ParameterObject

/**
 * What a client written against `before` can no longer rely on in `after`, for the public
 * read API's OpenAPI document: a path or operation gone, a parameter gone, newly required or
 * narrowed (fewer enum values, a lower maximum, a higher minimum, another type), and in a
 * successful answer a field gone, retyped, or no longer always present. Each is one line,
 * the id an API changelog declares it by (compatibility.ts). Additions never break a client
 * and are not listed; alternatives (oneOf, anyOf) are compared by their types only.
 * Hand-written: the OpenAPI diff tools on npm wrap native binaries that
 * install from outside the registry; the rules a read-only API needs are these few.
 */
export function openApiBreaks(before: Doc, after: Doc): string[] {
  const breaks: string[] = []
  for (const [path, item] of Object.entries(before.paths ?? {})) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const old = item?.[method]
      if (!old) continue
      const op = `${method.toUpperCase()} ${path}`
      const now = after.paths?.[path]?.[method]
      if (!now) {
        breaks.push(`${op} removed`)
        continue
      }
      breaks.push(...parameterBreaks(op, old, now, before, after))
      const oldOk = responseSchema(old, before)
      const newOk = responseSchema(now, after)
      if (oldOk && newOk) {
        breaks.push(...schemaBreaks(`${op} 200`, oldOk, newOk, before, after, new Set()))
      }
    }
  }
  return breaks
}

function parameterBreaks(
  op: string,
  old: OpenAPIV3_1.OperationObject,
  now: OpenAPIV3_1.OperationObject,
  before: Doc,
  after: Doc,
): string[] {
  const key = (p: Param) => `${p.in}.${p.name}`
  const params = (o: OpenAPIV3_1.OperationObject, doc: Doc) =>
    new Map(
      ((o.parameters ?? []) as (Param | OpenAPIV3_1.ReferenceObject)[]).map((p) => {
        const param = resolve(p, doc) as Param
        return [key(param), param]
      }),
    )
  const [was, is] = [params(old, before), params(now, after)]
  const breaks: string[] = []
  for (const [name, param] of is) {
    if (param.required && !was.get(name)?.required)
      breaks.push(`${op} parameter ${name} now required`)
  }
  for (const [name, param] of was) {
    const current = is.get(name)
    if (!current) {
      breaks.push(`${op} parameter ${name} removed`)
      continue
    }
    const [a, b] = [
      resolve(param.schema ?? {}, before) as Schema,
      resolve(current.schema ?? {}, after) as Schema,
    ]
    for (const why of narrowing(a, b)) breaks.push(`${op} parameter ${name} narrowed (${why})`)
  }
  return breaks
}

/** How the values `b` accepts fall short of those `a` accepted. */
function narrowing(a: Schema, b: Schema): string[] {
  const why: string[] = []
  const [ta, tb] = [typesOf(a), typesOf(b)]
  if (ta.some((t) => !tb.includes(t) && !(t === 'integer' && tb.includes('number')))) {
    why.push(`type ${ta.join('|')} → ${tb.join('|')}`)
  }
  if (a.enum && b.enum) {
    const gone = a.enum.filter((v) => !b.enum!.includes(v))
    if (gone.length) why.push(`enum without ${gone.map((v) => JSON.stringify(v)).join(', ')}`)
  } else if (!a.enum && b.enum) why.push('now an enum')
  if (b.maximum !== undefined && (a.maximum === undefined || b.maximum < a.maximum)) {
    why.push(`maximum ${a.maximum ?? 'none'} → ${b.maximum}`)
  }
  if (b.minimum !== undefined && (a.minimum === undefined || b.minimum > a.minimum)) {
    why.push(`minimum ${a.minimum ?? 'none'} → ${b.minimum}`)
  }
  if (b.maxLength !== undefined && (a.maxLength === undefined || b.maxLength < a.maxLength)) {
    why.push(`maxLength ${a.maxLength ?? 'none'} → ${b.maxLength}`)
  }
  if (b.pattern !== undefined && b.pattern !== a.pattern) why.push(`pattern ${b.pattern}`)
  return why
}

const typesOf = (s: Schema): string[] => {
  const type = s.type as string | string[] | undefined
  const types = type === undefined ? [] : [type].flat()
  return (s as { nullable?: boolean }).nullable ? [...types, 'null'] : types
}

/** The fields a client reads from an answer: gone, retyped, or no longer always there. */
function schemaBreaks(
  where: string,
  a: Schema,
  b: Schema,
  before: Doc,
  after: Doc,
  seen: Set<string>,
): string[] {
  const pair = `${a.$ref ?? ''}|${b.$ref ?? ''}`
  if (a.$ref && seen.has(pair)) return []
  if (a.$ref) seen.add(pair)
  const [x, y] = [resolve(a, before) as Schema, resolve(b, after) as Schema]
  const [tx, ty] = [typesOf(x), typesOf(y)]
  // A field that may now hold a type it never held (null included) breaks a client's reads.
  if (tx.length && ty.some((t) => !tx.includes(t) && !(t === 'integer' && tx.includes('number')))) {
    return [`${where} retyped (${tx.join('|') || 'any'} → ${ty.join('|')})`]
  }
  const breaks: string[] = []
  if (x.enum && y.enum) {
    const added = y.enum.filter((v) => !x.enum!.includes(v))
    if (added.length) breaks.push(`${where} has new values ${JSON.stringify(added)}`)
  }
  for (const [name, field] of Object.entries(x.properties ?? {})) {
    const at = `${where} .${name}`
    const now = y.properties?.[name]
    if (!now) {
      breaks.push(`${at} removed`)
      continue
    }
    if (x.required?.includes(name) && !y.required?.includes(name)) {
      breaks.push(`${at} no longer always present`)
    }
    breaks.push(...schemaBreaks(at, field as Schema, now as Schema, before, after, seen))
  }
  const [ix, iy] = [(x as { items?: Schema }).items, (y as { items?: Schema }).items]
  if (ix && iy) breaks.push(...schemaBreaks(`${where}[]`, ix, iy, before, after, seen))
  return breaks
}

/** The 200 answer's JSON schema of an operation (through a components/responses $ref). */
function responseSchema(op: OpenAPIV3_1.OperationObject, doc: Doc): Schema | null {
  const ok = op.responses?.['200']
  if (!ok) return null
  const response = resolve(ok, doc) as OpenAPIV3_1.ResponseObject
  return (response.content?.['application/json']?.schema as Schema | undefined) ?? null
}

/** An object with its local $ref followed (#/components/…), else itself. */
function resolve<T extends object>(value: T, doc: Doc): T {
  let current: unknown = value
  for (let hops = 0; hops < 20; hops++) {
    const ref = (current as { $ref?: unknown })?.$ref
    if (typeof ref !== 'string' || !ref.startsWith('#/')) return current as T
    current = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], doc)
  }
  return current as T
}
