import { FIGURE_COLLECTIONS } from '@mlops-guide/content/figures'

const text = { type: 'string' } as const
const date = { type: 'string', format: 'date-time' } as const

/**
 * GET /api/figure-changes in the OpenAPI description (the endpoint is in changes.ts). Typed
 * loosely, like the rest of api/toPublicReadApi.ts: openapi-types mixes its 3.0 and 3.1
 * shapes and refuses 3.1's `type: ['string', 'null']`.
 */
export const figureChangesPath: object = {
  get: {
    summary: 'The record of changes to figures',
    description:
      'Every published change to a salary or years-of-experience figure of a salary band, role or career stage, newest first, made from the version history. Drafts, autosaves and unpublished edits never appear. Figures are written as the guide writes them ("$120k-$160k", "$270k-$380k+", "0-2 years").',
    tags: ['Figures'],
    security: [{}, { ApiKey: [] }],
    responses: {
      '200': {
        description: 'The changes, and when each kind of figure last changed',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['docs', 'figuresUpdated'],
              properties: {
                docs: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['id', 'date', 'collection', 'document', 'figure', 'old', 'new'],
                    properties: {
                      id: { ...text, description: 'Stable id of the change' },
                      date: { ...date, description: 'When the change was published' },
                      collection: { type: 'string', enum: [...FIGURE_COLLECTIONS] },
                      document: {
                        type: 'object',
                        properties: { id: { type: 'integer' }, slug: text, title: text },
                      },
                      figure: { ...text, description: 'e.g. "Base salary"' },
                      old: text,
                      new: text,
                      source: { type: ['string', 'null'] },
                      asOf: { type: ['string', 'null'], format: 'date-time' },
                    },
                  },
                },
                figuresUpdated: {
                  type: 'object',
                  description:
                    'Per collection: its newest change, else when its figures were first published',
                  properties: Object.fromEntries(
                    FIGURE_COLLECTIONS.map((c) => [
                      c,
                      { type: ['string', 'null'], format: 'date-time' },
                    ]),
                  ),
                },
              },
            },
          },
        },
      },
      '429': {
        description: 'Too many requests in this window.',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiErrors' } } },
      },
    },
  },
}
