import type { OpenAPIV3_1 } from 'openapi-types'
import { formatNames, type SanitizedConfig } from 'payload'

type Doc = OpenAPIV3_1.Document
type Schemas = Record<string, OpenAPIV3_1.SchemaObject>

/** The client's type name of each collection and global (`@mlops-guide/content/types`), by slug. */
export type TypeNames = { collections: Record<string, string>; globals: Record<string, string> }

/** As `payload generate:types` names them: the entity's `typescript.interface`, else its slug, singular. */
export const typeNamesOf = (config: SanitizedConfig): TypeNames => {
  const name = (e: { slug: string; typescript?: { interface?: string } }) =>
    e.typescript?.interface ?? formatNames(e.slug).singular
  return {
    collections: Object.fromEntries(config.collections.map((c) => [c.slug, name(c)])),
    globals: Object.fromEntries(config.globals.map((g) => [g.slug, name(g)])),
  }
}

const SCHEMA_SUFFIXES = [
  '',
  'QueryOperations',
  'QueryOperationsAnd',
  'QueryOperationsOr',
  'Read',
  'Write',
]
const RESPONSES = (name: string) => [
  `${name}Response`,
  `Mutate${name}Response`,
  `${name}NotFoundResponse`,
  `${name}ListResponse`,
]

/** The name payload-oapi gave an entity: that of the answer its read path refers to. */
const generatedName = (doc: Doc, path: string, suffix: string) => {
  const ref = (doc.paths?.[path]?.get?.responses?.['200'] as { $ref?: string } | undefined)?.$ref
  const name = ref?.split('/').pop() ?? ''
  return name.endsWith(suffix) ? name.slice(0, -suffix.length) : null
}

/**
 * payload-oapi names components by the entities' labels ("Skill or tool" → SkillOrTool,
 * FAQ); the client's types are named by their slugs (Tool, Faq). Renamed here so one name
 * means one thing to a client that uses both (openapi-typescript and @mlops-guide/content).
 */
export function withClientTypeNames(doc: Doc, typeNames: TypeNames): Doc {
  const renames = new Map<string, string>()
  const add = (from: string | null, to: string) => {
    if (!from || from === to) return
    for (const suffix of SCHEMA_SUFFIXES)
      renames.set(`schemas/${from}${suffix}`, `schemas/${to}${suffix}`)
    RESPONSES(from).forEach((old, i) =>
      renames.set(`responses/${old}`, `responses/${RESPONSES(to)[i]}`),
    )
  }
  for (const [slug, to] of Object.entries(typeNames.collections))
    add(generatedName(doc, `/api/${slug}`, 'ListResponse'), to)
  for (const [slug, to] of Object.entries(typeNames.globals))
    add(generatedName(doc, `/api/globals/${slug}`, 'Response'), to)
  const renamed = JSON.parse(
    JSON.stringify(doc).replace(
      /"#\/components\/((?:schemas|responses)\/[^"]+)"/g,
      (ref, target: string) => `"#/components/${renames.get(target) ?? target}"`,
    ),
  ) as Doc
  for (const kind of ['schemas', 'responses'] as const) {
    const components = renamed.components?.[kind] as Record<string, unknown> | undefined
    if (!components) continue
    renamed.components![kind] = Object.fromEntries(
      Object.entries(components).map(([name, value]) => [
        renames.get(`${kind}/${name}`)?.split('/')[1] ?? name,
        value,
      ]),
    ) as never
  }
  return renamed
}

/**
 * A global's answer is its document, with `globalType` (its slug): payload-oapi's schema
 * leaves that out while forbidding any property it does not list, and describes the answer
 * as one of the document or an empty one (`<Name>Read`), which a global never answers.
 */
export function withGlobalAnswers(doc: Doc, typeNames: TypeNames): Doc {
  const schemas: Schemas = { ...(doc.components?.schemas as Schemas) }
  const responses = { ...doc.components?.responses }
  for (const [slug, name] of Object.entries(typeNames.globals)) {
    const schema = schemas[name]
    if (!schema?.properties) continue
    schemas[name] = {
      ...schema,
      properties: { ...schema.properties, globalType: { type: 'string', const: slug } },
      required: [...(schema.required ?? []), 'globalType'],
    }
    delete schemas[`${name}Read`]
    const response = responses[`${name}Response`] as OpenAPIV3_1.ResponseObject | undefined
    if (response) {
      responses[`${name}Response`] = {
        ...response,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
      }
    }
  }
  return { ...doc, components: { ...doc.components, schemas, responses } }
}
