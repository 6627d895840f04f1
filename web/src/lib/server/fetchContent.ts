import {
  COLLECTION_SLUGS,
  type GuideCollectionSlug,
  type ContentClient,
  type DocumentOf,
} from '@mlops-guide/content'

import type { Guide } from '#lib/guide.ts'

// The API's largest page; the site reads every page, however many documents editors add.
const PAGE_SIZE = 100

async function everyDocument<S extends GuideCollectionSlug>(
  client: ContentClient,
  collection: S,
): Promise<DocumentOf<S>[]> {
  const docs: DocumentOf<S>[] = []
  for (let page = 1; ; page++) {
    const answer = await client.find(collection, { limit: PAGE_SIZE, page, depth: 1 })
    docs.push(...answer.docs)
    if (!answer.hasNextPage) return docs
  }
}

/**
 * The newest entries of the record of changes, as many as the API gives in one page: what
 * /changes and its feed show (older ones stay in the CMS's /api/content-changes).
 */
export const fetchChanges = (client: ContentClient) => client.contentChanges({ limit: PAGE_SIZE })

/** The whole published guide from the CMS; collections in the editors' drag-and-drop order. */
export async function fetchGuide(client: ContentClient): Promise<Guide> {
  const [page, settings, changes, ...lists] = await Promise.all([
    client.findGlobal('guide-page', { depth: 1 }),
    client.findGlobal('site-settings', { depth: 1 }),
    fetchChanges(client),
    ...COLLECTION_SLUGS.map((slug) => everyDocument(client, slug)),
  ])
  const docs = Object.fromEntries(COLLECTION_SLUGS.map((slug, i) => [slug, lists[i]]))
  return { page, settings, changes, docs: docs as Guide['docs'] }
}
