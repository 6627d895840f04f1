import type { OpenAPIV3_1 } from 'openapi-types'
import type { SanitizedConfig } from 'payload'

/** `asOf` in the OpenAPI document: optional, so adding it breaks no client (api-release/). */
export const asOfParameter: OpenAPIV3_1.ParameterObject = {
  in: 'query',
  name: 'asOf',
  description:
    'The content as published at this moment (ISO 8601), from the published versions: never changes once a minute has passed (`Cache-Control: immutable`). Relationships are ids (depth 0); a document not published then is a 404, a time in the future a 400.',
  schema: { type: 'string', format: 'date-time' },
}

/** The read paths of everything with drafts, whose published versions `asOf` reads. */
export const citablePaths = (config: SanitizedConfig) =>
  new Set([
    ...config.collections
      .filter((c) => c.versions?.drafts)
      .flatMap((c) => [`/api/${c.slug}`, `/api/${c.slug}/{id}`]),
    ...config.globals.filter((g) => g.versions?.drafts).map((g) => `/api/globals/${g.slug}`),
  ])
