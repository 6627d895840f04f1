import type { PayloadRequest } from 'payload'

import { isCmsUser } from '../access/roles'
import { env } from '../env'
import { createPreviewToken, previewPath, type PreviewTarget } from './token'

/**
 * The site page showing a draft, with a fresh token for the signed-in user; null when there
 * is nothing to show yet (a document not saved once) or nobody signed in.
 */
export function previewUrl(target: PreviewTarget | null, req: PayloadRequest): string | null {
  if (!target || !isCmsUser(req.user)) return null
  const token = createPreviewToken(target, req.user.id)
  return `${env.WEB_PUBLIC_URL}${previewPath(target)}?token=${token}`
}

/** The target of the document open in the admin, from its config and data. */
export function targetOf(
  args: { collectionConfig?: { slug: string }; globalConfig?: { slug: string } },
  data: { id?: number | string } | null | undefined,
): PreviewTarget | null {
  if (args.globalConfig) return { global: args.globalConfig.slug }
  if (args.collectionConfig && data?.id != null) {
    return { collection: args.collectionConfig.slug, id: data.id }
  }
  return null
}
