import type { PayloadRequest } from 'payload'

import type { GuideCollectionSlug } from '@mlops-guide/content/collections'
import type { DocumentRef } from '@mlops-guide/content/events'
import { previewedRoute } from '@mlops-guide/content/preview'
import { pagesShowing } from '@mlops-guide/content/site-pages'

import { env } from '../env'
import { dependentsOf } from '../events/dependents'
import { previewUrl } from '../preview/previewUrl'

/** A page readers will see change: its address, and where to look at it before publishing. */
export type ChangedPage = { path: string; href: string | null; preview: boolean }

export type WillChange = { pages: ChangedPage[]; api: string[] }

const slugOf = async (req: PayloadRequest, collection: GuideCollectionSlug, id: number) => {
  const doc = await req.payload
    .findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  const slug = (doc as { slug?: unknown } | null)?.slug
  return typeof slug === 'string' ? slug : null
}

const apiAnswersOf = (document: DocumentRef) =>
  document.kind === 'global'
    ? [`/api/globals/${document.slug}`]
    : [`/api/${document.slug}/${document.id}`, `/api/${document.slug}`]

/**
 * Every site page and API answer that publishing this document's draft will alter: its own
 * and those of the published documents that quote its figures or show it through a
 * relationship (the same dependents the content events announce), each mapped to the pages
 * that read it (the contract's PAGE_SHOWS). The page the draft's preview shows links to that
 * preview; the others to the published page, a `[slug]` pattern to nothing.
 */
export async function willChange(
  req: PayloadRequest,
  collection: GuideCollectionSlug,
  id: number,
): Promise<WillChange> {
  const self: DocumentRef = { kind: 'collection', slug: collection, id }
  const documents = [self, ...(await dependentsOf(req, self))]
  const paths = new Set<string>()
  const api = new Set<string>()
  let previewed: string | null = null
  for (const document of documents) {
    const slug = document.kind === 'global' ? null : await slugOf(req, document.slug, document.id)
    const shown =
      document.kind === 'global' ? { global: document.slug } : { collection: document.slug, slug }
    for (const path of pagesShowing(shown)) paths.add(path)
    for (const answer of apiAnswersOf(document)) api.add(answer)
    if (document === self)
      previewed = previewedRoute({ collection, id }).replace('[slug]', slug ?? '')
  }
  const preview = previewUrl({ collection, id }, req)
  const pages = [...paths].map((path): ChangedPage => {
    if (path === previewed && preview) return { path, href: preview, preview: true }
    return {
      path,
      href: path.includes('[') ? null : `${env.WEB_PUBLIC_URL}${path}`,
      preview: false,
    }
  })
  return { pages, api: [...api] }
}
