import type { Payload, Where } from 'payload'

import { COLLECTION_SLUGS, type GuideCollectionSlug } from '@mlops-guide/content/collections'

import { staleFiguresHref, staleWhere } from '../components/staleFigures/filter'
import { REVIEW } from './fields'
import { describeSchedule, findSchedules, inputOf } from './schedules'

/** One thing on the dashboard that someone should look at, and where to do it. */
export type AttentionItem = { title: string; href: string; detail?: string; diffHref?: string }
/** A list on the dashboard: how many there are in all, the first few, and where to see every one. */
export type AttentionList = { count: number; items: AttentionItem[]; allHref?: string }

/** Each list shows this many; its count says how many there are. */
const SHOWN = 10

const docHref = (collection: string, id: number | string) =>
  `/admin/collections/${collection}/${id}`

/** A collection's label as the admin shows it (labels here are plain strings). */
const labelOf = (
  payload: Payload,
  collection: GuideCollectionSlug,
  which: 'singular' | 'plural',
) => {
  const label = payload.collections[collection].config.labels[which]
  return typeof label === 'string' ? label : collection
}

function titleOf(payload: Payload, collection: GuideCollectionSlug, doc: { id: number | string }) {
  const field = payload.collections[collection].config.admin.useAsTitle ?? 'id'
  const title = (doc as Record<string, unknown>)[field]
  return typeof title === 'string' && title ? title : `${collection} #${String(doc.id)}`
}

/**
 * Payload's version comparison of the draft (its latest version) against the published
 * version, or the document's history when it was never published.
 */
async function diffHref(payload: Payload, collection: GuideCollectionSlug, id: number | string) {
  const versionsOf = (where: Where) =>
    payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, where] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
    })
  const [latest, published] = await Promise.all([
    versionsOf({ latest: { equals: true } }),
    versionsOf({ 'version._status': { equals: 'published' } }),
  ])
  const history = `${docHref(collection, id)}/versions`
  const [to, from] = [latest.docs[0], published.docs[0]]
  if (!to) return history
  return from ? `${history}/${to.id}?versionFrom=${from.id}` : `${history}/${to.id}`
}

/** Drafts (their latest version) whose review stands at `status`, in every guide collection. */
export async function draftsInReview(payload: Payload, status: string): Promise<AttentionList> {
  const found = await Promise.all(
    COLLECTION_SLUGS.map(async (collection) => {
      const { docs, totalDocs } = await payload.find({
        collection,
        draft: true,
        where: { reviewStatus: { equals: status } },
        sort: '-updatedAt',
        limit: SHOWN,
        depth: 0,
      })
      const items = await Promise.all(
        docs.map(async (doc) => ({
          title: titleOf(payload, collection, doc),
          href: docHref(collection, doc.id),
          detail: [labelOf(payload, collection, 'singular'), doc.reviewComment]
            .filter((part) => typeof part === 'string' && part)
            .join(': '),
          diffHref:
            status === REVIEW.ready ? await diffHref(payload, collection, doc.id) : undefined,
        })),
      )
      return { count: totalDocs, items }
    }),
  )
  return {
    count: found.reduce((sum, { count }) => sum + count, 0),
    items: found.flatMap(({ items }) => items).slice(0, SHOWN),
  }
}

/** Publishes and unpublishes waiting in Payload's jobs queue (versions.ts), soonest first. */
export async function scheduledChanges(payload: Payload): Promise<AttentionList> {
  const { docs, totalDocs } = await findSchedules(payload, [], SHOWN)
  const items = await Promise.all(
    docs.map(async (job): Promise<AttentionItem> => {
      const { doc: target, global } = inputOf(job)
      const detail = describeSchedule(payload, job)
      if (global) return { title: global, href: `/admin/globals/${global}`, detail }
      const collection = target?.relationTo as GuideCollectionSlug
      const id = target?.value ?? ''
      const doc = await payload.findByID({
        collection,
        id,
        draft: true,
        depth: 0,
        disableErrors: true,
      })
      return {
        title: doc ? titleOf(payload, collection, doc) : `${collection} #${id}`,
        href: docHref(collection, id),
        detail,
      }
    }),
  )
  return { count: totalDocs, items }
}

/** Figures whose as-of date is more than twelve months ago, in each collection that has one. */
export async function staleFigures(payload: Payload): Promise<AttentionList> {
  const dated = COLLECTION_SLUGS.filter((slug) =>
    payload.collections[slug].config.flattenedFields.some((field) => field.name === 'asOf'),
  )
  const counts = await Promise.all(
    dated.map(async (collection) => ({
      collection,
      count: (await payload.count({ collection, where: staleWhere() })).totalDocs,
    })),
  )
  return {
    count: counts.reduce((sum, { count }) => sum + count, 0),
    items: counts
      .filter(({ count }) => count > 0)
      .map(({ collection, count }) => ({
        title: `${labelOf(payload, collection, 'plural')}: ${count}`,
        href: staleFiguresHref(collection),
      })),
  }
}

/** Webhook deliveries that gave up after every attempt (webhooks/deliverTask.ts). */
export async function failedDeliveries(payload: Payload): Promise<AttentionList> {
  const where: Where = { status: { equals: 'failed' } }
  const { docs, totalDocs } = await payload.find({
    collection: 'webhook-deliveries',
    where,
    sort: '-updatedAt',
    limit: SHOWN,
    depth: 0,
  })
  return {
    count: totalDocs,
    allHref: '/admin/collections/webhook-deliveries?where[status][equals]=failed',
    items: docs.map((delivery) => ({
      title: delivery.target ?? `Delivery #${delivery.id}`,
      href: `/admin/collections/webhook-deliveries/${delivery.id}`,
      detail: [delivery.lastStatus && `HTTP ${delivery.lastStatus}`, delivery.lastError]
        .filter(Boolean)
        .join(', '),
    })),
  }
}
