import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'

import { isCollectionSlug, isGlobalSlug } from '@mlops-guide/content/collections'
import { isFigureCollection } from '@mlops-guide/content/figures'
import type { ChangeNotice, ChangeTarget } from '@mlops-guide/content/webhook'
import { SIGNATURE_HEADER, signBody } from '@mlops-guide/content/webhook'

import { env } from '../env'
import { referrersOf } from '../figures/track'

type Doc = { id: number | string; _status?: string | null; updatedAt?: string }

/**
 * Every site process behind a URL: one per IPv4 address its host name resolves to. With a
 * Kubernetes headless service that is one per site pod, so pods that come and go all hear
 * of a change; a plain host name or address stays as it is.
 */
async function everyProcess(url: string): Promise<string[]> {
  const { hostname } = new URL(url)
  if (isIP(hostname)) return [url]
  const addresses = await lookup(hostname, { all: true, family: 4 }).catch(() => [])
  if (addresses.length <= 1) return [url]
  return addresses.map(({ address }) => {
    const each = new URL(url)
    each.hostname = address
    return each.toString()
  })
}

/**
 * Tells every site process that public content changed, so it refetches within a second.
 * Fire-and-forget: a site that is down or slow is logged and never delays the editor's save.
 */
function send(req: PayloadRequest, notice: ChangeNotice): void {
  if (req.context.disableRevalidate || env.SITE_REVALIDATE_URLS.length === 0) return
  const body = JSON.stringify(notice)
  const signature = signBody(env.REVALIDATE_SECRET ?? '', body)
  void Promise.all(env.SITE_REVALIDATE_URLS.map(everyProcess)).then((lists) =>
    lists.flat().forEach((url) => post(req, url, body, signature)),
  )
}

function post(req: PayloadRequest, url: string, body: string, signature: string) {
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

/** Only published state matters to readers: a draft save of a draft changes nothing public. */
const isPublic = (doc: Doc | undefined) => doc != null && doc._status !== 'draft'

/** The documents whose rich text quotes a figure of this one (figures/track.ts). */
async function quotedIn(req: PayloadRequest, slug: string, id: number | string) {
  if (!isFigureCollection(slug)) return undefined
  const referrers = await referrersOf(req, slug, id)
  const targets = new Map<string, ChangeTarget>()
  for (const { document } of referrers) {
    if (document.kind === 'global' && isGlobalSlug(document.slug)) {
      targets.set(`g/${document.slug}`, { kind: 'global', slug: document.slug })
    } else if (document.kind === 'collection' && isCollectionSlug(document.slug)) {
      targets.set(`${document.slug}/${document.id}`, { ...document, slug: document.slug })
    }
  }
  return targets.size ? [...targets.values()] : undefined
}

export const notifySitesOfChange: CollectionAfterChangeHook<Doc> = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  // Only guide collections carry this hook (collections/guideContent.ts).
  if (isCollectionSlug(collection.slug) && (isPublic(doc) || isPublic(previousDoc))) {
    send(req, {
      kind: 'collection',
      slug: collection.slug,
      id: doc.id,
      updatedAt: isPublic(doc) ? (doc.updatedAt ?? null) : null,
      alsoChanged: await quotedIn(req, collection.slug, doc.id),
    })
  }
  return doc
}

export const notifySitesOfDelete: CollectionAfterDeleteHook<Doc> = ({ collection, doc, req }) => {
  if (isCollectionSlug(collection.slug)) {
    send(req, { kind: 'collection', slug: collection.slug, id: doc.id, updatedAt: null })
  }
  return doc
}

export const notifySitesOfGlobalChange: GlobalAfterChangeHook = ({ doc, global, req }) => {
  if (isGlobalSlug(global.slug) && isPublic(doc)) {
    send(req, { kind: 'global', slug: global.slug, updatedAt: doc.updatedAt ?? null })
  }
  return doc
}
