import { buildSchema, findBreakingChanges } from 'graphql'
import type { OpenAPIV3_1 } from 'openapi-types'

import { openApiBreaks } from './openApiBreaks'

/** The released documents and the API changelog, in packages/content/api-release. */
export type Release = { openapi: OpenAPIV3_1.Document; graphql: string; changelog: string }

/** The breaking changes of the GraphQL schema, as graphql-js finds them (one line each). */
export const graphqlBreaks = (before: string, after: string): string[] =>
  findBreakingChanges(buildSchema(before), buildSchema(after)).map(
    (change) => `GraphQL ${change.description}`,
  )

/**
 * Every breaking change from the release to `current` that the API changelog does not
 * declare. A change is declared by its line, as this check prints it, in backticks anywhere
 * in the changelog (CHANGELOG.md beside the released documents), e.g.
 * - `GET /api/faqs parameter query.limit narrowed (maximum 100 → 50)`
 */
export function undeclaredBreaks(
  release: Release,
  current: { openapi: OpenAPIV3_1.Document; graphql: string },
): string[] {
  const declared = new Set([...release.changelog.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!))
  return [
    ...openApiBreaks(release.openapi, current.openapi),
    ...graphqlBreaks(release.graphql, current.graphql),
  ].filter((change) => !declared.has(change))
}
