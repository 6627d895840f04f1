import { APIError, type Endpoint } from 'payload'

import { canPublish, isCmsUser } from '../access/roles'
import { publishRelease } from './publish'

/**
 * POST /api/releases/:id/publish: publishes the release now ("Publish release now" in its
 * edit view). 200 with what it published; 409 naming the document that failed and why, with
 * nothing published.
 */
export const publishReleaseEndpoint: Endpoint = {
  path: '/:id/publish',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!isCmsUser(user) || !canPublish(user)) {
      throw new APIError('Only editors and admins publish releases.', 403, undefined, true)
    }
    const id = String(req.routeParams?.id ?? '')
    if (!/^\d{1,15}$/.test(id)) {
      throw new APIError(
        'The release id in the path must be a number.',
        400,
        { errors: [{ path: 'id', message: 'must be a number' }] },
        true,
      )
    }
    const exists = await req.payload.count({
      collection: 'releases',
      where: { id: { equals: id } },
    })
    if (exists.totalDocs === 0) throw new APIError(`No release ${id}.`, 404, undefined, true)
    const outcome = await publishRelease(req.payload, Number(id), user)
    if (!outcome.ok) throw new APIError(outcome.message, 409, undefined, true)
    return Response.json(outcome)
  },
}
