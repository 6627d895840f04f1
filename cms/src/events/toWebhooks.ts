import type { Payload } from 'payload'

import { describeTarget, type ContentEvent } from '@mlops-guide/content/events'

import { DELIVER_TASK, WEBHOOK_QUEUE } from '../webhooks/deliverTask'
import { type Subscriber, wants } from './subscriberWants'

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
