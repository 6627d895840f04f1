import { configToSchema } from '@payloadcms/graphql'
import {
  GraphQLObjectType,
  GraphQLSchema,
  lexicographicSortSchema,
  printSchema,
  type GraphQLFieldConfigMap,
} from 'graphql'
import { formatNames, type SanitizedConfig } from 'payload'

import { COLLECTION_SLUGS } from '@mlops-guide/content/collections'

/** Collections other apps read besides the guide's own: their images. */
const ALSO_PUBLIC = ['media']

// Per-document permissions and version history: for people in the CMS, not for readers.
const NOT_FOR_READERS = /^(docAccess|versions?[A-Z]|Access$)/

/**
 * The Query fields of the collections that are not read publicly (people, keys, webhooks,
 * Payload's internals), named as @payloadcms/graphql names them (initCollections.ts there:
 * Payload's formatNames, `all` before a plural that equals its singular).
 */
function privateQueryFields(config: SanitizedConfig): Set<string> {
  const names = new Set<string>()
  const publicSlugs = new Set<string>([...COLLECTION_SLUGS, ...ALSO_PUBLIC])
  for (const collection of config.collections) {
    if (publicSlugs.has(collection.slug) || collection.graphQL === false) continue
    const graphQL = collection.graphQL ?? {}
    const fromSlug = formatNames(collection.slug)
    const singular = graphQL.singularName ?? fromSlug.singular
    let plural = graphQL.pluralName ?? fromSlug.plural
    if (plural === singular) plural = `all${singular}`
    for (const name of [singular, plural, `count${plural}`, `me${singular}`]) names.add(name)
    names.add(`initialized${singular}`)
  }
  return names
}

const HEADER = `# The MLOps Career Guide's public GraphQL schema (read API), generated from the CMS config
# by cms/src/api/graphqlSchema.ts. Do not edit: run \`pnpm --filter @mlops-guide/cms generate\`.`

/**
 * The public read API's GraphQL schema as SDL: the Query fields anonymous readers and API keys
 * use (each guide collection's list, document and count, each global, media), with every type
 * they reach, sorted so a change reads as a diff. A subset of the schema /api/graphql runs
 * (Payload's own, configToSchema), so a query valid here is valid there. Published at
 * /api/graphql/schema.graphql and as packages/content/schema.graphql (generated, checked for
 * staleness by tests/int/generated.int.spec.ts). Payload answers introspection only outside
 * production; this is what a code generator reads instead.
 */
export function publicGraphqlSdl(config: SanitizedConfig): string {
  const query = configToSchema(config).schema.getQueryType()!.toConfig()
  const hidden = privateQueryFields(config)
  const fields: GraphQLFieldConfigMap<unknown, unknown> = {}
  for (const [name, field] of Object.entries(query.fields)) {
    if (!hidden.has(name) && !NOT_FOR_READERS.test(name)) fields[name] = field
  }
  const schema = new GraphQLSchema({ query: new GraphQLObjectType({ ...query, fields }) })
  return `${HEADER}\n${printSchema(lexicographicSortSchema(schema))}\n`
}
