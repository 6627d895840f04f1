import type { PayloadRequest, TextFieldSingleValidation } from 'payload'

import { matchSitePath } from '@mlops-guide/content/site-routes'

/**
 * Where a link in the guide may lead, so readers never meet a dead or unsafe one:
 * - a page the site serves: a path matching one of its routes (the contract's
 *   SITE_ROUTES), with the slug of a published document where the route has one;
 * - a full https:// address, or a mailto: or tel: link.
 * Anything else (http://, javascript:, data:, a path the site does not serve, a slug
 * nobody published) gets the reason. Returns true or the message.
 */
export async function checkLinkTarget(
  url: string,
  req: PayloadRequest,
  { sitePagesOnly = false } = {},
): Promise<true | string> {
  const address = url.trim()
  if (address.startsWith('/')) {
    const match = matchSitePath(address)
    if (!match) return `"${address}" is not a page of the site`
    if (match.slug === undefined) return true
    const { totalDocs } = await req.payload.count({
      collection: match.collection,
      where: { slug: { equals: match.slug }, _status: { equals: 'published' } },
      overrideAccess: true,
      req,
    })
    return totalDocs > 0 ? true : `"${address}" names no published document of ${match.collection}`
  }
  if (sitePagesOnly) return `"${address}" must be a page of the site, such as "/salaries"`
  if (/^https:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/i.test(address)) return true
  if (/^(mailto:[^\s@]+@[^\s@]+|tel:\+?[\d\s().-]+)$/i.test(address)) return true
  return `"${address}" must be a page of the site ("/salaries") or a full https:// address`
}

/** A text field's validation: empty when optional, else a link target as above. */
export const linkTargetField =
  ({
    required,
    sitePagesOnly = false,
  }: {
    required: boolean
    sitePagesOnly?: boolean
  }): TextFieldSingleValidation =>
  async (value, { req }) => {
    if (value == null || value === '') return required ? 'An address is required' : true
    return checkLinkTarget(value, req, { sitePagesOnly })
  }
