import type { Payload } from 'payload'

import { describeTarget, type ContentEvent } from '@mlops-guide/content/events'

import { DELIVER_TASK, WEBHOOK_QUEUE } from '../webhooks/deliverTask'

type Subscriber = {
  id: number
  events: string[]
  content?: string[] | null
  documents?: { relationTo: string; value: number | { id: number } }[] | null
}

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

/**
 * The three changes a subscriber picks from (WebhookSubscribers' `events`): a publish is a
 * document becoming public or its public answer changing (also through one it quotes or
 * shows); a reset (a restore) goes to every subscriber.
 */
function wants(subscriber: Subscriber, event: ContentEvent): boolean {
  if (event.change === 'reset') return true
  const kind = {
    published: 'publish',
    updated: 'publish',
    unpublished: 'unpublish',
    deleted: 'delete',
  }[event.change]
  if (!subscriber.events.includes(kind)) return false
  const { document } = event
  if (subscriber.content?.length && !subscriber.content.includes(document.slug)) return false
  if (!subscriber.documents?.length) return true
  return subscriber.documents.some(
    (chosen) =>
      document.kind === 'collection' &&
      chosen.relationTo === document.slug &&
      idOf(chosen.value) === document.id,
  )
}

/**
 * Other apps' webhooks: one delivery per subscriber per event, the event as its body, made
 * after the write committed and worked by Payload's jobs queue (webhooks/deliverTask.ts) in
 * sequence order, retried with backoff.
 */
export async function queueWebhooks(payload: Payload, events: ContentEvent[]) {
  const { docs: subscribers } = await payload.find({
    collection: 'webhook-subscribers',
    where: { active: { equals: true } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  for (const event of events) {
    for (const subscriber of subscribers) {
      if (!wants(subscriber as Subscriber, event)) continue
      const delivery = await payload.create({
        collection: 'webhook-deliveries',
        data: {
          subscriber: subscriber.id,
          target: describeTarget(event),
          change: event.change,
          sequence: event.sequence,
          event,
        },
        depth: 0,
        overrideAccess: true,
      })
      await payload.jobs.queue({
        task: DELIVER_TASK,
        queue: WEBHOOK_QUEUE,
        input: { delivery: delivery.id },
      } as Parameters<typeof payload.jobs.queue>[0])
    }
  }
}
