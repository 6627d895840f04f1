import { APIError, type Endpoint } from 'payload'

import { isCmsUser } from '../access/roles'
import { disagreementsIn, knownFigures } from './consistency'

/** A document being edited is far smaller; anything bigger is not one. */
const MAX_BODY_BYTES = 2_000_000

/**
 * POST /api/figure-check with `{ "data": <the document as edited> }`: the typed figures in
 * it that contradict the data. The edit view asks while an editor types and after each save,
 * and warns (it never blocks the save). For people signed in to the CMS only.
 */
export const figureCheckEndpoint: Endpoint = {
  path: '/figure-check',
  method: 'post',
  handler: async (req) => {
    if (!isCmsUser(req.user))
      throw new APIError('Sign in to the CMS to check figures.', 401, undefined, true)
    const length = Number(req.headers.get('content-length') ?? 0)
    if (length > MAX_BODY_BYTES) {
      throw new APIError(
        `The body is ${length} bytes; the limit is ${MAX_BODY_BYTES}.`,
        413,
        undefined,
        true,
      )
    }
    const body = await req.json?.().catch(() => undefined)
    if (body === null || typeof body !== 'object' || !('data' in body)) {
      throw new APIError(
        'Send a JSON object: { "data": { ...the document } }.',
        400,
        {
          errors: [{ path: 'data', message: 'required: the document as edited' }],
        },
        true,
      )
    }
    const known = await knownFigures(req.payload, req)
    return Response.json({
      disagreements: disagreementsIn((body as { data: unknown }).data, known),
    })
  },
}
