import type { CollectionSlug, Endpoint, GlobalSlug } from 'payload'

import { isCmsUser } from '../access/roles'
import { readPreviewToken } from '../preview/token'
import { privateAnswer, privateRefusal as refuse } from './privateAnswer'

/**
 * GET /api/preview-draft?token=...: the latest draft named by a preview token, read with
 * the access of the user the token was made for. The site's server calls this to render a
 * preview; without a genuine, unexpired token there is nothing to read.
 */
export const previewDraft: Endpoint = {
  path: '/preview-draft',
  method: 'get',
  handler: async (req) => {
    const token = typeof req.query.token === 'string' ? req.query.token : ''
    const claims = token ? readPreviewToken(token) : null
    if (!claims) {
      return refuse(
        401,
        'token: this preview link is invalid or has expired; open the preview again from the admin',
      )
    }
    const user = await req.payload
      .findByID({ collection: 'users', id: claims.user, depth: 0, disableErrors: true })
      .catch(() => null)
    if (!user) return refuse(401, 'token: the user this preview was made for no longer exists')
    const asUser = { ...user, collection: 'users' as const }
    if (!isCmsUser(asUser)) return refuse(401, 'token: not made for a CMS user')

    const { target } = claims
    const doc =
      'global' in target
        ? await req.payload.findGlobal({
            slug: target.global as GlobalSlug,
            draft: true,
            depth: 1,
            overrideAccess: false,
            user: asUser,
          })
        : await req.payload
            .findByID({
              collection: target.collection as CollectionSlug,
              id: target.id,
              draft: true,
              depth: 1,
              overrideAccess: false,
              user: asUser,
              disableErrors: true,
            })
            .catch(() => null)
    if (!doc) return refuse(404, 'token: the previewed document no longer exists')
    return privateAnswer({ target, doc })
  },
}
