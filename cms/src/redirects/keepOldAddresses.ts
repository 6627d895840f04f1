import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
  Where,
} from 'payload'

import { pagePath, type PageCollection } from '@mlops-guide/content/site-routes'

/**
 * The redirects a stage's or skill's page keeps when its published slug changes. Three hooks
 * in one file because they share one fact, the slug readers saw before this write, which
 * only the hook before the change can still read (after it, the row holds the new one):
 *
 * - before a publish: note the published slug;
 * - after it: the old address redirects to this document (the redirect names the document,
 *   not an address, so earlier redirects to it follow too: no chains); no redirect is left
 *   from the address the document now has (renaming back to an old slug, a new document
 *   taking a freed slug: no loops, no redirect shadowing a page);
 * - before a delete: its redirects go (they would lead nowhere; after it, the database has
 *   already dropped their link to it).
 *
 * A draft rename changes nothing readers see, so it makes nothing; a scheduled publish or a
 * release publishes through the same update, so they do. Every write goes in the document's
 * own transaction (`req`).
 */

type SlugDoc = { id: number; slug?: string | null; _status?: 'draft' | 'published' | null }

const contextKey = (collection: string, id: number | string) => `publishedSlug:${collection}:${id}`

export const notePublishedSlug: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || data._status !== 'published' || !originalDoc) return data
  const published = (await req.payload.findByID({
    collection: collection.slug as PageCollection,
    id: (originalDoc as SlugDoc).id,
    draft: false,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as SlugDoc | null
  req.context[contextKey(collection.slug, (originalDoc as SlugDoc).id)] =
    published?._status === 'published' ? published.slug : null
  return data
}

const deleteRedirects = (req: PayloadRequest, where: Where) =>
  req.payload.delete({ collection: 'redirects', where, overrideAccess: true, req })

export const redirectOldAddress: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const { id, slug, _status } = doc as SlugDoc
  if (_status !== 'published' || !slug) return doc
  const pages = collection.slug as PageCollection
  const address = pagePath(pages, slug)
  await deleteRedirects(req, { from: { equals: address } })
  const before = req.context[contextKey(pages, id)]
  if (typeof before !== 'string' || before === slug) return doc
  const from = pagePath(pages, before)
  const to = { reference: { relationTo: pages, value: id } }
  const existing = await req.payload.find({
    collection: 'redirects',
    where: { from: { equals: from } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const found = existing.docs[0]
  if (found) {
    await req.payload.update({ collection: 'redirects', id: found.id, data: { to }, req })
  } else {
    await req.payload.create({ collection: 'redirects', data: { from, to }, req })
  }
  return doc
}

export const dropRedirectsToDeleted: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  await deleteRedirects(req, {
    'to.reference.relationTo': { equals: collection.slug },
    'to.reference.value': { equals: id },
  })
}

/** The hooks a collection with pages of its own adds (CareerStages.ts, Tools.ts). */
export const keepOldAddresses = {
  beforeChange: [notePublishedSlug],
  afterChange: [redirectOldAddress],
  beforeDelete: [dropRedirectsToDeleted],
}
