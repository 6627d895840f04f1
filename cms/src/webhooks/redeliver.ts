import { APIError, type Endpoint } from 'payload'

import { hasRole } from '../access/roles'
import { DELIVER_TASK, WEBHOOK_QUEUE } from './deliverTask'

/**
 * POST /api/webhook-deliveries/:id/redeliver, admins only: sends a delivery again (the same
 * body and x-guide-delivery, so the receiver can tell it is a repeat), with a fresh round of
 * attempts; the earlier attempts stay in its log. For a receiver that was down past the last
 * retry, or that lost what it received.
 */
export const redeliverEndpoint: Endpoint = {
  path: '/:id/redeliver',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) {
      throw new APIError('Only admins can redeliver a webhook.', 403, undefined, true)
    }
    const id = Number(req.routeParams?.id)
    const delivery = Number.isSafeInteger(id)
      ? await req.payload.findByID({
          collection: 'webhook-deliveries',
          id,
          depth: 0,
          disableErrors: true,
          overrideAccess: true,
        })
      : null
    if (!delivery) {
      throw new APIError(`No webhook delivery ${req.routeParams?.id}.`, 404, undefined, true)
    }
    await req.payload.update({
      collection: 'webhook-deliveries',
      id: delivery.id,
      data: { status: 'pending', attempts: 0, lastError: null },
      depth: 0,
      overrideAccess: true,
    })
    await req.payload.jobs.queue({
      task: DELIVER_TASK,
      queue: WEBHOOK_QUEUE,
      input: { delivery: delivery.id },
    } as Parameters<typeof req.payload.jobs.queue>[0])
    return Response.json(
      { message: `Delivery ${delivery.id} will be sent again within seconds.` },
      { status: 202 },
    )
  },
}
