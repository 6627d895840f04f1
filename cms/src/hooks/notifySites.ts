import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import type { ChangeNotice } from '@mlops-guide/content/webhook'
import { SIGNATURE_HEADER, signBody } from '@mlops-guide/content/webhook'

import { env } from '../env'

type Doc = { id: number | string; _status?: string | null; updatedAt?: string }

/**
 * Tells every site process that public content changed, so it refetches within a second.
 * Fire-and-forget: a site that is down or slow is logged and never delays the editor's save.
 */
function send(req: PayloadRequest, notice: ChangeNotice): void {
  if (req.context.disableRevalidate || env.SITE_REVALIDATE_URLS.length === 0) return
  const body = JSON.stringify(notice)
  const signature = signBody(env.REVALIDATE_SECRET ?? '', body)
  for (const url of env.SITE_REVALIDATE_URLS) {
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature },
      body,
      signal: AbortSignal.timeout(5000),
    })
      .then((res) => {
        if (!res.ok) req.payload.logger.warn(`site revalidation ${url} answered ${res.status}`)
      })
      .catch((err: Error) =>
        req.payload.logger.warn(`site revalidation ${url} failed: ${err.message}`),
      )
  }
}

/** Only published state matters to readers: a draft save of a draft changes nothing public. */
const isPublic = (doc: Doc | undefined) => doc != null && doc._status !== 'draft'

export const notifySitesOfChange: CollectionAfterChangeHook<Doc> = ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  if (isPublic(doc) || isPublic(previousDoc)) {
    send(req, {
      kind: 'collection',
      slug: collection.slug,
      id: doc.id,
      updatedAt: isPublic(doc) ? (doc.updatedAt ?? null) : null,
    })
  }
  return doc
}

export const notifySitesOfDelete: CollectionAfterDeleteHook<Doc> = ({ collection, doc, req }) => {
  send(req, { kind: 'collection', slug: collection.slug, id: doc.id, updatedAt: null })
  return doc
}

export const notifySitesOfGlobalChange: GlobalAfterChangeHook = ({ doc, global, req }) => {
  if (isPublic(doc)) {
    send(req, { kind: 'global', slug: global.slug, updatedAt: doc.updatedAt ?? null })
  }
  return doc
}
