import {
  COLLECTION_SLUGS,
  type ContentChanges,
  type GuideCollectionSlug,
  type ContentClient,
  type DocumentOf,
} from '@mlops-guide/content'

import type { Guide } from '#lib/guide.ts'
import { changesAt, withRelatedDocuments } from '#lib/asOfGuide.ts'

// The API's largest page; the site reads every page, however many documents editors add.
const PAGE_SIZE = 100

/** How the site reads: documents with their related ones (depth 1), or as of a moment. */
export type Read = { depth: 1 } | { depth: 0; asOf: string }

export async function everyDocument<S extends GuideCollectionSlug>(
  client: ContentClient,
  collection: S,
  read: Read = { depth: 1 },
): Promise<DocumentOf<S>[]> {
  const docs: DocumentOf<S>[] = []
  for (let page = 1; ; page++) {
    const answer = await client.find(collection, { limit: PAGE_SIZE, page, ...read })
    docs.push(...answer.docs)
    if (!answer.hasNextPage) return docs
  }
}

/**
 * A page of the record of changes, as many entries as the API gives in one: the first (the
 * newest) is the site's copy, what /changes and its feed show; /changes?page=N reads the older
 * ones on demand (olderChanges.ts).
 */
export const fetchChanges = (client: ContentClient, page = 1) =>
  client.contentChanges({ limit: PAGE_SIZE, page })

/** The globals and every document, read as `read` says. */
async function readContent(client: ContentClient, read: Read) {
  const [page, settings, ...lists] = await Promise.all([
    client.findGlobal('guide-page', read),
    client.findGlobal('site-settings', read),
    ...COLLECTION_SLUGS.map((slug) => everyDocument(client, slug, read)),
  ])
  const docs = Object.fromEntries(COLLECTION_SLUGS.map((slug, i) => [slug, lists[i]]))
  return { page, settings, docs: docs as Guide['docs'] }
}

/** The whole published guide from the CMS; collections in the editors' drag-and-drop order. */
export async function fetchGuide(client: ContentClient): Promise<Guide> {
  const [content, changes] = await Promise.all([
    readContent(client, { depth: 1 }),
    fetchChanges(client),
  ])
  return { ...content, changes }
}

/**
 * The guide as published at `at` (the CMS's `asOf`), with the record of changes as it stood
 * then (`changes`, the current record, cut at that moment).
 */
export async function fetchGuideAsOf(
  client: ContentClient,
  at: string,
  changes: ContentChanges,
): Promise<Guide> {
  const content = await readContent(client, { depth: 0, asOf: at })
  return { ...content, docs: withRelatedDocuments(content.docs), changes: changesAt(changes, at) }
}
