import type { PayloadRequest } from 'payload'

import type { DocumentRef } from '@mlops-guide/content/events'
import { isFigureCollection } from '@mlops-guide/content/figures'
import { notPreviewedWhy, type PreviewTarget } from '@mlops-guide/content/preview'
import { pagesQuoting, pagesShowing } from '@mlops-guide/content/site-pages'
import { matchSitePath, SITE_ROUTES, type SiteRoute } from '@mlops-guide/content/site-routes'

import { env } from '../env'
import { dependentsOf } from '../events/dependents'
import { keyOf, refOf } from '../events/publicAnswer'
import { previewUrl } from '../preview/previewUrl'
import { referrersOf } from './track'

/**
 * A page readers will see change: its address, where to look at it before publishing (the
 * draft's preview of that page, else the published page and `why` there is no preview), and
 * the route it is one of when every page of a `[slug]` route changes.
 */
export type ChangedPage = {
  path: string
  href: string
  preview: boolean
  why: string | null
  every: SiteRoute | null
}

export type WillChange = { pages: ChangedPage[]; api: string[] }

const slugOf = async (req: PayloadRequest, document: DocumentRef) => {
  if (document.kind === 'global') return null
  const doc = await req.payload
    .findByID({
      collection: document.slug,
      id: document.id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  const slug = (doc as { slug?: unknown } | null)?.slug
  return typeof slug === 'string' ? slug : null
}

/**
 * Every page of a `[slug]` route: one per published document of its collection, but the
 * draft's own (listed at the draft's slug, which may be new: the preview finds no page at
 * the published one then).
 */
const everyPageOf = async (req: PayloadRequest, route: SiteRoute, self: DocumentRef) => {
  const collection = SITE_ROUTES[route]
  if (!collection) return []
  const own = self.kind === 'collection' && self.slug === collection
  const { docs } = await req.payload.find({
    collection,
    draft: false,
    where: {
      _status: { equals: 'published' },
      ...(own ? { id: { not_equals: self.id } } : {}),
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { slug: true },
    req,
  })
  return docs.map((doc) => route.replace('[slug]', String((doc as { slug?: unknown }).slug)))
}

const apiAnswersOf = (document: DocumentRef) =>
  document.kind === 'global'
    ? [`/api/globals/${document.slug}`]
    : [`/api/${document.slug}/${document.id}`, `/api/${document.slug}`]

/** The texts quoting a figure of this document (a band's, a role's, a stage's): source and field. */
const quotesOf = async (req: PayloadRequest, target: PreviewTarget) =>
  'collection' in target && isFigureCollection(target.collection)
    ? await referrersOf(req, target.collection, target.id)
    : []

/**
 * Every site page and API answer that publishing this draft will alter. API answers: its own
 * and those of the published documents that quote its figures or show it through a
 * relationship (the same dependents the content events announce). Pages: those that read its
 * collection or global (the contract's PAGE_SHOWS, which counts what a page reads through a
 * relationship), a `[slug]` route as each of its pages, and those showing the texts that
 * quote its figures (QUOTES_SHOWN_ON). Each page links to the draft's preview of it, or, where a preview cannot
 * show it (NOT_PREVIEWED), to the published page with the reason.
 */
export async function willChange(req: PayloadRequest, target: PreviewTarget): Promise<WillChange> {
  const self: DocumentRef =
    'global' in target
      ? { kind: 'global', slug: target.global }
      : { kind: 'collection', slug: target.collection, id: Number(target.id) }
  const dependents = await dependentsOf(req, self)
  const published = new Set(dependents.map(keyOf))
  const shownIn = [
    { document: self, field: null },
    ...(await quotesOf(req, target))
      .filter((quote) => published.has(quote.source))
      .map((quote) => ({ document: refOf(quote.source), field: quote.field })),
  ]
  const every = new Map<string, SiteRoute | null>()
  for (const { document, field } of shownIn) {
    const slug = await slugOf(req, document)
    const shown =
      document.kind === 'global' ? { global: document.slug } : { collection: document.slug, slug }
    for (const path of field ? pagesQuoting(shown, field) : pagesShowing(shown)) {
      if (!path.includes('[')) every.set(path, null)
      else
        for (const page of await everyPageOf(req, path as SiteRoute, self)) {
          if (!every.has(page)) every.set(page, path as SiteRoute)
        }
    }
  }
  const api = new Set([self, ...dependents].flatMap(apiAnswersOf))
  const pages = [...every].map(([path, route]): ChangedPage => {
    const why = notPreviewedWhy(matchSitePath(path)!.route)
    const preview = why ? null : previewUrl(target, req, path)
    return {
      path,
      href: preview ?? `${env.WEB_PUBLIC_URL}${path}`,
      preview: preview !== null,
      why,
      every: route,
    }
  })
  return { pages, api: [...api] }
}
