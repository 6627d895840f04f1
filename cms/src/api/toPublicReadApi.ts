import type { OpenAPIV3_1 } from 'openapi-types'

import { COLLECTION_SLUGS, GLOBAL_SLUGS } from '@mlops-guide/content/collections'
import { PUBLIC_CHANGES } from '@mlops-guide/content/events'
import { DELIVERY_HEADER, SIGNATURE_HEADER } from '@mlops-guide/content/webhook'

import { env } from '../env'
import { contentChangePath, contentChangesPath } from '../events/changesOpenApi'
import { asOfParameter } from './asOf/asOfOpenApi'
import { DEPRECATED } from './deprecations'
import { type TypeNames, withClientTypeNames, withGlobalAnswers } from './openApiTypeNames'

type Doc = OpenAPIV3_1.Document
type Param = OpenAPIV3_1.ParameterObject

const errorResponse = (description: string, headers?: OpenAPIV3_1.ResponseObject['headers']) => ({
  description,
  headers,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiErrors' } } },
})

/** The rate limit's fields (rateLimitHeaders.ts), on every counted answer. */
const rateLimitHeaders: OpenAPIV3_1.ResponseObject['headers'] = {
  'RateLimit-Policy': {
    description:
      'The quota per window (IETF httpapi ratelimit-headers draft 10), e.g. `"anonymous";q=300;w=60`.',
    schema: { type: 'string' },
  },
  RateLimit: {
    description:
      'What is left of it and seconds until the window resets, e.g. `"anonymous";r=299;t=42`.',
    schema: { type: 'string' },
  },
}

/**
 * Narrows payload-oapi's document (every endpoint, as Payload defines it) to the public
 * read API as this CMS serves it: GET operations only, the caps on `limit` and `depth`,
 * `select`, the API-key header, ETag/304 and the 400/401/429 answers. Its server is the
 * configured public origin (CMS_PUBLIC_URL): payload-oapi writes the request's Host and
 * scheme there, which any client chooses, and the read cache would hand the first caller's
 * choice to everyone (Swagger UI at /api/docs sends its API key to that server).
 */
export function toPublicReadApi(
  generated: Doc,
  typeNames: TypeNames,
  /** The read paths `asOf` answers (asOf/asOfOpenApi.ts). */
  citable: Set<string>,
): Doc {
  const doc = withGlobalAnswers(withClientTypeNames(generated, typeNames), typeNames)
  // Built loosely: openapi-types mixes its 3.0 and 3.1 shapes in PathsObject.
  const paths: Record<string, object> = {}
  // payload-oapi gives GET /{id} the {message, doc} envelope of a write; a read answers
  // with the document itself, the item type of the collection's list answer.
  const documentResponse = (listPath: string): OpenAPIV3_1.ResponseObject => {
    const ref = (doc.paths?.[listPath]?.get?.responses?.['200'] as { $ref?: string })?.$ref ?? ''
    const list = doc.components?.responses?.[
      ref.split('/').pop() ?? ''
    ] as OpenAPIV3_1.ResponseObject
    const items = (list?.content?.['application/json']?.schema as OpenAPIV3_1.SchemaObject)
      ?.properties?.docs as OpenAPIV3_1.ArraySchemaObject | undefined
    return {
      description: 'The document',
      headers: rateLimitHeaders,
      content: { 'application/json': { schema: items?.items ?? { type: 'object' } } },
    }
  }
  /** A 200 answer with the rate limit's headers (a shared answer is copied: a $ref takes none). */
  const withRateLimit = (ok: unknown): OpenAPIV3_1.ResponseObject => {
    const ref = (ok as { $ref?: string })?.$ref
    const response = (
      ref ? doc.components?.responses?.[ref.split('/').pop() ?? ''] : ok
    ) as OpenAPIV3_1.ResponseObject
    return { ...response, headers: { ...response?.headers, ...rateLimitHeaders } }
  }
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const get = item?.get
    if (!get || /\/api\/(users|api-clients|access|openapi)/.test(path)) continue
    const parameters = ((get.parameters ?? []) as Param[])
      .filter((p) => p.name !== 'locale' && p.name !== 'fallback-locale')
      .map((p): Param => (p.name === 'where' ? { ...p, example: {} } : p))
      .map((p): Param => {
        if (p.name === 'limit') {
          return {
            ...p,
            description: `Documents per page, 1 to ${env.API_MAX_LIMIT}.`,
            schema: { type: 'integer', minimum: 1, maximum: env.API_MAX_LIMIT, default: 10 },
          }
        }
        if (p.name === 'depth') {
          return {
            ...p,
            description: `How deep relationships are populated, 0 to ${env.API_MAX_DEPTH}.`,
            schema: { type: 'integer', minimum: 0, maximum: env.API_MAX_DEPTH, default: 2 },
          }
        }
        if (p.name === 'page') return { ...p, schema: { type: 'integer', minimum: 1, default: 1 } }
        return p
      })
      .map((p): Param =>
        DEPRECATED.some((d) => d.parameter === p.name && d.paths.test(path))
          ? { ...p, deprecated: true }
          : p,
      )
    parameters.push(
      {
        in: 'query',
        name: 'select',
        style: 'deepObject',
        description:
          'Only these fields (and the id), each as `select[<field>]=true`; a derived HTML field (`answerHtml`) comes without its rich text.',
        schema: { type: 'object', additionalProperties: { type: 'boolean' } },
        // Swagger UI's "Try it out" fills an object parameter with a sample made from its
        // schema unless given one: that sample named no field and answered 400.
        example: {},
      },
      ...(citable.has(path) ? [asOfParameter] : []),
      {
        in: 'header' as const,
        name: 'If-None-Match',
        description: 'An ETag from an earlier answer.',
        schema: { type: 'string' },
      },
    )
    paths[path] = {
      get: {
        ...get,
        parameters,
        security: [{}, { Bearer: [] }, { ApiKey: [] }],
        responses: {
          ...get.responses,
          '200': path.endsWith('/{id}')
            ? documentResponse(path.replace(/\/\{id\}$/, ''))
            : withRateLimit(get.responses?.['200']),
          '304': { description: 'Not modified: the ETag sent in If-None-Match is still current.' },
          '400': errorResponse('A parameter is out of range (the error names it).'),
          '401': errorResponse(
            'The Authorization header authenticated nobody (an unknown or revoked key, another scheme): the message names the scheme to use.',
            {
              'WWW-Authenticate': { description: '`Bearer realm=…`', schema: { type: 'string' } },
            },
          ),
          '429': errorResponse('Too many requests in this window.', {
            'Retry-After': {
              description: 'Seconds until the window resets.',
              schema: { type: 'integer' },
            },
            ...rateLimitHeaders,
          }),
        },
      },
    }
  }
  paths['/api/content-changes'] = contentChangesPath
  paths['/api/content-changes/{sequence}'] = contentChangePath
  const components = { ...doc.components }
  components.securitySchemes = {
    Bearer: {
      type: 'http',
      scheme: 'bearer',
      description:
        'Server-to-server key from an admin: `Authorization: Bearer <key>`. Read-only, with a higher rate limit.',
    },
    ApiKey: {
      type: 'apiKey',
      in: 'header',
      name: 'Authorization',
      description:
        "The same key in Payload's own scheme: `Authorization: api-clients API-Key <key>`.",
    },
  }
  components.schemas = {
    ...components.schemas,
    ContentEvent: contentEventSchema,
    DocumentRef: documentRefSchema,
    ApiErrors: {
      type: 'object',
      required: ['errors'],
      properties: {
        errors: {
          type: 'array',
          items: {
            type: 'object',
            required: ['message'],
            properties: {
              message: { type: 'string' },
              data: {
                type: 'object',
                properties: {
                  errors: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: { path: { type: 'string' }, message: { type: 'string' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  }
  delete components.requestBodies
  return {
    ...doc,
    // The paths begin with /api/: the server is the bare origin, without a trailing slash.
    servers: [{ url: env.CMS_PUBLIC_URL.replace(/\/+$/, '') }],
    info: {
      ...doc.info,
      description: `${doc.info.description ?? ''}

Anonymous clients may make ${env.RATE_LIMIT_ANONYMOUS} requests per ${env.RATE_LIMIT_WINDOW_SECONDS} s per address; API keys ${env.RATE_LIMIT_API_KEY} (sent as \`Authorization: Bearer <key>\`; any header that authenticates nobody is a 401). Every answer but a health probe's, refusals included, is counted and carries \`RateLimit-Policy\` and \`RateLimit\` (how many requests are left, and when the window resets). Every successful GET carries an ETag and Cache-Control; send If-None-Match to get 304. Filter with \`where\` (Payload's query syntax), sort with \`sort=<field>\` or \`sort=-<field>\`, e.g. \`GET /api/salary-bands?where[minSalary][greater_than]=200000&sort=-minSalary\`; pick fields with \`select\`, e.g. \`GET /api/faqs?select[question]=true&select[answerHtml]=true&limit=5\`. Any read of a list, a document or a global can ask for the content as published at a moment with \`asOf=<ISO time>\`, e.g. \`GET /api/globals/guide-page?asOf=<the updatedAt of an answer>\`: answered from the published versions, cacheable forever (a time over a minute past is \`immutable\`), relationships as ids (\`depth\` 0); a document not published then is a 404, a time in the future a 400. GraphQL (read-only for anonymous clients) is at /api/graphql; its schema, as SDL, at /api/graphql/schema.graphql. Breaking changes between releases are declared in the package's API changelog; a deprecated parameter answers with \`Deprecation\` and \`Sunset\` headers.`,
    },
    paths: paths as OpenAPIV3_1.PathsObject,
    webhooks: { contentChange: contentChangeWebhook },
    components,
  }
}

const documentRefSchema: OpenAPIV3_1.SchemaObject = {
  oneOf: [
    {
      type: 'object',
      required: ['kind', 'slug', 'id'],
      properties: {
        kind: { const: 'collection' },
        slug: { type: 'string', enum: COLLECTION_SLUGS },
        id: { type: 'integer' },
      },
    },
    {
      type: 'object',
      required: ['kind', 'slug'],
      properties: { kind: { const: 'global' }, slug: { type: 'string', enum: GLOBAL_SLUGS } },
    },
  ],
}

/** `ContentEvent` of @mlops-guide/content/events. */
const contentEventSchema: OpenAPIV3_1.SchemaObject = {
  oneOf: [
    {
      type: 'object',
      required: ['sequence', 'time', 'change', 'document', 'version', 'cause', 'alsoChanged'],
      properties: {
        sequence: {
          type: 'integer',
          description: 'Increases with every event and is never reused, even after a restore.',
        },
        time: { type: 'string', format: 'date-time', description: 'When it was recorded.' },
        change: { type: 'string', enum: [...PUBLIC_CHANGES] },
        document: documentRefSchema,
        version: {
          description: 'The published version after the change (null when no longer public).',
          oneOf: [
            {
              type: 'object',
              required: ['id', 'updatedAt'],
              properties: {
                id: { type: ['integer', 'string'] },
                updatedAt: { type: 'string', format: 'date-time' },
              },
            },
            { const: null },
          ],
        },
        cause: {
          description: 'The document whose change changed this one, and its event.',
          oneOf: [
            {
              type: 'object',
              required: ['sequence', 'document'],
              properties: { sequence: { type: 'integer' }, document: documentRefSchema },
            },
            { const: null },
          ],
        },
        alsoChanged: {
          type: 'array',
          items: documentRefSchema,
          description:
            'Documents whose public answer changed with this one (each gets its own event).',
        },
      },
    },
    {
      type: 'object',
      required: ['sequence', 'time', 'change', 'reason'],
      properties: {
        sequence: { type: 'integer' },
        time: { type: 'string', format: 'date-time' },
        change: { const: 'reset' },
        reason: { const: 'restored' },
      },
    },
  ],
}

/** What the CMS posts to the webhooks admins register (events/toWebhooks.ts, @mlops-guide/content/events). */
const contentChangeWebhook: OpenAPIV3_1.PathItemObject = {
  post: {
    summary: 'What readers see changed: published, updated, unpublished, deleted, or reset',
    description: `Sent to every webhook an admin registered (Administration → Webhooks) that asked for this change and this content, once per event, after the write committed, in sequence order. Saving a draft is no event. A change to a salary band, role or stage also changes the documents that quote its figures or show it: each gets its own \`updated\` event with the band's as its \`cause\`. Deliveries are at least once and a retried one can arrive after a later event: apply an event only when its \`sequence\` is above the last you applied for its document. A \`reset\` means the CMS's database was restored from a backup: fetch everything again. Verify it before trusting it: the ${SIGNATURE_HEADER} header is \`t=<unix seconds>,v1=<hex>\`, where the hex is the HMAC-SHA256, keyed with the webhook's secret, of \`<t>.<raw body>\`; refuse a t more than 5 minutes from your clock. \`verifyWebhook(secret, rawBody, header)\` in @mlops-guide/content/webhook does all of this. Answer 2xx within ${env.WEBHOOK_TIMEOUT_MS / 1000} s; anything else, or no answer, is retried with exponential backoff, with the same ${DELIVERY_HEADER}, so use it to ignore repeats.`,
    parameters: [
      {
        name: SIGNATURE_HEADER,
        in: 'header' as const,
        required: true,
        description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the secret>',
        schema: { type: 'string', pattern: '^t=\\d+,v1=[0-9a-f]{64}$' },
      },
      {
        name: DELIVERY_HEADER,
        in: 'header' as const,
        required: true,
        description: 'The delivery: the same on every retry of one event.',
        schema: { type: 'string' },
      },
    ],
    requestBody: {
      required: true,
      content: {
        'application/json': {
          schema: { $ref: '#/components/schemas/ContentEvent' },
          example: {
            sequence: 1796000000000000,
            time: '2026-11-29T22:00:00.000Z',
            change: 'published',
            document: { kind: 'collection', slug: 'faqs', id: 12 },
            version: { id: 57, updatedAt: '2026-11-29T22:00:00.000Z' },
            cause: null,
            alsoChanged: [],
          },
        },
      },
    },
    responses: {
      '200': { description: 'Received: any 2xx acknowledges the delivery.' },
    },
  },
}
