import type { CollectionConfig, PayloadRequest } from 'payload'

import { isCollectionSlug, isGlobalSlug } from '@mlops-guide/content/collections'
import { previewPath, type PreviewTarget } from '@mlops-guide/content/preview'

import { isCmsUser } from '../access/roles'
import { env } from '../env'
import { createPreviewToken } from './token'

/**
 * The site page showing a draft, with a fresh token for the signed-in user: the page `page`
 * names (a path of the site), else the one readers will find the draft on; null when there
 * is nothing to show yet (a document not saved once) or nobody signed in.
 */
export function previewUrl(
  target: PreviewTarget | null,
  req: PayloadRequest,
  page?: string,
): string | null {
  if (!target || !isCmsUser(req.user)) return null
  const token = createPreviewToken(target, req.user.id)
  const on = page ? `&page=${encodeURIComponent(page)}` : ''
  return `${env.WEB_PUBLIC_URL}${previewPath(target)}?token=${token}${on}`
}

/** The target of the document open in the admin, from its config and data. */
function targetOf(
  args: { collectionConfig?: { slug: string }; globalConfig?: { slug: string } },
  data: { id?: number | string } | null | undefined,
): PreviewTarget | null {
  if (args.globalConfig && isGlobalSlug(args.globalConfig.slug)) {
    return { global: args.globalConfig.slug }
  }
  if (args.collectionConfig && isCollectionSlug(args.collectionConfig.slug) && data?.id != null) {
    return { collection: args.collectionConfig.slug, id: data.id }
  }
  return null
}

/**
 * The admin's live preview: the real site page beside the form, at the widths the site's
 * layout is checked at (phone, tablet, desktop).
 */
export const livePreview: NonNullable<CollectionConfig['admin']>['livePreview'] = {
  url: ({ collectionConfig, globalConfig, data, req }) =>
    previewUrl(targetOf({ collectionConfig, globalConfig }, data), req),
  breakpoints: [
    { name: 'phone', label: 'Phone', width: 375, height: 667 },
    { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
    { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
  ],
}
