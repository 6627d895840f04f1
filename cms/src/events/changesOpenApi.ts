import { PUBLIC_CHANGES } from '@mlops-guide/content/events'
import { FIGURE_COLLECTIONS } from '@mlops-guide/content/figures'

const text = { type: 'string' } as const
const orNull = { type: ['string', 'null'] } as const
const date = { type: 'string', format: 'date-time' } as const
const named = {
  document: { $ref: '#/components/schemas/DocumentRef' },
  title: { ...orNull, description: 'What the CMS titles it, from its published version' },
  slug: orNull,
} as const
const errors = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiErrors' } } },
})

/** One entry of the record (`ContentChange` of @mlops-guide/content/changes). */
const contentChange = {
  type: 'object',
  required: ['sequence', 'time', 'change', 'document', 'figures', 'alsoChanged'],
  properties: {
    sequence: { type: 'integer', description: 'The content event’s sequence' },
    time: { ...date, description: 'When the change was recorded' },
    change: { type: 'string', enum: [...PUBLIC_CHANGES] },
    version: { type: ['object', 'null'], description: 'The published version' },
    ...named,
    figures: {
      type: 'array',
      items: {
        type: 'object',
        required: ['figure', 'old', 'new'],
        properties: { figure: text, old: text, new: text },
      },
    },
    source: orNull,
    asOf: { ...orNull, format: 'date-time' },
    alsoChanged: {
      type: 'array',
      items: { type: 'object', required: ['document'], properties: named },
    },
    release: {
      type: ['object', 'null'],
      description: 'The release it was published with, all in one commit',
      properties: { id: { type: 'integer' }, title: text },
    },
    before: {
      ...orNull,
      format: 'date-time',
      description:
        'For an update or an unpublish: the moment just before it, to read the content as it was with `asOf`. Null for a first publish and a deletion (its versions went with it)',
    },
  },
} as const

/**
 * GET /api/content-changes in the OpenAPI description (the endpoint is changesEndpoint.ts,
 * the type `ContentChanges` of @mlops-guide/content/changes). Typed loosely, like the rest of
 * api/toPublicReadApi.ts: openapi-types mixes its 3.0 and 3.1 shapes and refuses 3.1's
 * `type: ['string', 'null']`.
 */
export const contentChangesPath: object = {
  get: {
    summary: 'The record of changes readers saw',
    description:
      'Every change to what readers see, newest first: a document or global published, updated while published, unpublished or deleted, with the documents whose answer changed because of it (those quoting its figures or showing it). Made from the content events (the same ones webhooks get), so drafts and autosaves never appear. For a salary band, role or career stage published again, the figures that changed, written as the guide writes them ("$120k-$160k", "0-2 years").',
    tags: ['Figures'],
    security: [{}, { ApiKey: [] }],
    parameters: [
      { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
      { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, default: 50 } },
    ],
    responses: {
      '200': {
        description: 'A page of changes, and when each kind of figure last changed',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['docs', 'totalDocs', 'page', 'limit', 'hasNextPage', 'figuresUpdated'],
              properties: {
                docs: {
                  type: 'array',
                  items: contentChange,
                },
                totalDocs: { type: 'integer' },
                page: { type: 'integer' },
                limit: { type: 'integer' },
                hasNextPage: { type: 'boolean' },
                figuresUpdated: {
                  type: 'object',
                  description: 'Per collection: when one of its documents last changed publicly',
                  properties: Object.fromEntries(
                    FIGURE_COLLECTIONS.map((c) => [c, { ...orNull, format: 'date-time' }]),
                  ),
                },
              },
            },
          },
        },
      },
      '400': errors('page or limit is out of range (the error names it).'),
      '429': errors('Too many requests in this window.'),
    },
  },
}

/** GET /api/content-changes/{sequence}: one entry of the record (changesEndpoint.ts). */
export const contentChangePath: object = {
  get: {
    summary: 'One change of the record',
    description:
      'One entry of the record of changes by its `sequence`, as a page of the record shows it. Its `before` (for an update or an unpublish) reads the content as it was just before, with `asOf`, however old the change.',
    tags: ['Figures'],
    security: [{}, { ApiKey: [] }],
    parameters: [
      {
        name: 'sequence',
        in: 'path',
        required: true,
        description: 'The entry’s `sequence`, as `GET /api/content-changes` lists it',
        schema: { type: 'integer', minimum: 1 },
      },
    ],
    responses: {
      '200': {
        description: 'The change',
        content: { 'application/json': { schema: contentChange } },
      },
      '400': errors('sequence is not a whole number from 1.'),
      '404': errors('The record holds no change of that sequence.'),
      '429': errors('Too many requests in this window.'),
    },
  },
}
