import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  GlobalAfterChangeHook,
  GlobalBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { isCollectionSlug, isGlobalSlug } from '@mlops-guide/content/collections'
import type { ContentChange, ContentEvent } from '@mlops-guide/content/webhook'

import { DELIVER_TASK, WEBHOOK_QUEUE } from './deliverTask'

type Doc = { id: number | string; _status?: string | null }

/**
 * Webhooks for other apps: on a publish, unpublish or delete of guide content, one delivery
 * per active subscriber that asked for that change and content, queued on Payload's jobs
 * queue (deliverTask.ts) inside the write's own transaction: a write that fails queues
 * nothing, and a write that commits cannot lose its deliveries.
 */
async function queue(req: PayloadRequest, event: ContentEvent) {
  const subject = 'collection' in event ? event.collection : event.global
  const { docs: subscribers } = await req.payload.find({
    collection: 'webhook-subscribers',
    where: { active: { equals: true } },
    depth: 0,
    limit: 1000,
    pagination: false,
    req,
  })
  for (const subscriber of subscribers) {
    if (!subscriber.events.includes(event.change)) continue
    if (subscriber.content?.length && !subscriber.content.includes(subject)) continue
    const delivery = await req.payload.create({
      collection: 'webhook-deliveries',
      data: {
        subscriber: subscriber.id,
        target: 'collection' in event ? `${event.collection} ${event.id}` : event.global,
        change: event.change,
        event,
      },
      depth: 0,
      req,
    })
    await req.payload.jobs.queue({
      task: DELIVER_TASK,
      queue: WEBHOOK_QUEUE,
      input: { delivery: delivery.id },
      req,
    } as Parameters<typeof req.payload.jobs.queue>[0])
  }
}

/** Drafts are invisible to other apps: a draft save is no event. */
export const noteDraftWrite: CollectionBeforeOperationHook & GlobalBeforeOperationHook = ({
  args,
  req,
}) => {
  req.context.draftWrite = Boolean((args as { draft?: boolean } | undefined)?.draft)
  return args
}

/** Published now: a publish. Published before and a draft now, saved as such: an unpublish. */
function changeOf(req: PayloadRequest, doc: Doc, previousDoc?: Doc): ContentChange | null {
  if (req.context.draftWrite) return null
  if (doc._status === 'published') return 'publish'
  if (previousDoc?._status === 'published') return 'unpublish'
  return null
}

export const queueWebhooksOnChange: CollectionAfterChangeHook<Doc> = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const change = changeOf(req, doc, previousDoc)
  if (change && isCollectionSlug(collection.slug)) {
    const time = new Date().toISOString()
    await queue(req, { change, collection: collection.slug, id: doc.id, time })
  }
  return doc
}

export const queueWebhooksOnDelete: CollectionAfterDeleteHook<Doc> = async ({
  collection,
  doc,
  req,
}) => {
  if (isCollectionSlug(collection.slug)) {
    const time = new Date().toISOString()
    await queue(req, { change: 'delete', collection: collection.slug, id: doc.id, time })
  }
  return doc
}

export const queueWebhooksOnGlobalChange: GlobalAfterChangeHook = async ({
  doc,
  previousDoc,
  global,
  req,
}) => {
  const change = changeOf(req, doc as Doc, previousDoc as Doc | undefined)
  if (change && isGlobalSlug(global.slug)) {
    await queue(req, { change, global: global.slug, time: new Date().toISOString() })
  }
  return doc
}
