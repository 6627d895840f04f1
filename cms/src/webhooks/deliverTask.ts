import type { TaskConfig } from 'payload'

import { DELIVERY_HEADER, SIGNATURE_HEADER, signBody } from '@mlops-guide/content/webhook'

import { env } from '../env'
import { TEXT_LIMITS, withoutUnsafeCharacters } from '../fields/text'

export const DELIVER_TASK = 'deliverWebhook'
export const WEBHOOK_QUEUE = 'webhooks'

/**
 * One attempt at a webhook delivery, run by Payload's jobs queue (queue `webhooks`, worked by
 * the CMS's job cron, jobs.ts). A 2xx answer within WEBHOOK_TIMEOUT_MS delivers it; anything
 * else is recorded and thrown, and Payload runs the task again after its exponential backoff
 * (WEBHOOK_RETRY_BASE_MS, doubling), until WEBHOOK_ATTEMPTS attempts have been made. Each
 * attempt (when, how long, the status, the error and the start of the answer) is added to the
 * delivery's log outside the job's transaction, so a failed attempt still shows there after a
 * later one succeeds.
 */
/**
 * The start of a receiver's answer, as text, for the attempt log: at most EXCERPT_BYTES are
 * read, whatever the receiver sends, then the rest is dropped unread.
 */
const EXCERPT_BYTES = 300
async function excerpt(res: Response): Promise<string | null> {
  if (!res.body) return null
  const reader = res.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    while (size < EXCERPT_BYTES) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      size += value.byteLength
    }
  } catch {
    // a receiver that drops the connection mid-answer: keep what arrived
  } finally {
    await reader.cancel().catch(() => {})
  }
  const text = Buffer.concat(chunks).toString('utf8', 0, Math.min(size, EXCERPT_BYTES))
  // What the receiver sent can hold characters the field's text check refuses (fields/text.ts).
  return withoutUnsafeCharacters(text).trim() || null
}

export const deliverWebhook: TaskConfig<{
  input: { delivery: number }
  output: { status: number | null }
}> = {
  slug: DELIVER_TASK,
  inputSchema: [{ name: 'delivery', type: 'number', required: true }],
  outputSchema: [{ name: 'status', type: 'number' }],
  retries: {
    attempts: env.WEBHOOK_ATTEMPTS - 1,
    backoff: { type: 'exponential', delay: env.WEBHOOK_RETRY_BASE_MS },
  },
  handler: async ({ input, req: { payload } }) => {
    const log = (data: Record<string, unknown>) =>
      payload.update({ collection: 'webhook-deliveries', id: input.delivery, data, depth: 0 })
    const delivery = await payload.findByID({
      collection: 'webhook-deliveries',
      id: input.delivery,
      depth: 1,
      disableErrors: true,
    })
    if (!delivery) return { output: { status: null } } // deleted from the log meanwhile
    const subscriber = typeof delivery.subscriber === 'object' ? delivery.subscriber : null
    if (!subscriber?.active) {
      await log({ status: 'failed', lastError: 'The webhook was removed or paused' })
      return { output: { status: null } }
    }

    const body = JSON.stringify(delivery.event)
    const attempts = (delivery.attempts ?? 0) + 1
    let status: number | null = null
    let problem: string | null = null
    let response: string | null = null
    const started = Date.now()
    try {
      const res = await fetch(subscriber.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'mlops-guide-webhooks/1',
          [SIGNATURE_HEADER]: signBody(subscriber.secret, body),
          [DELIVERY_HEADER]: String(delivery.id),
        },
        body,
        // A redirect is an answer, not an acknowledgement: never followed with the body.
        redirect: 'manual',
        signal: AbortSignal.timeout(env.WEBHOOK_TIMEOUT_MS),
      })
      status = res.status
      response = await excerpt(res)
      if (status < 200 || status > 299) problem = `answered ${status}`
    } catch (error) {
      problem =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${env.WEBHOOK_TIMEOUT_MS} ms`
          : `could not connect (${(error as Error).message})`
    }

    const last = attempts >= env.WEBHOOK_ATTEMPTS
    const attempt = {
      at: new Date(started).toISOString(),
      ms: Date.now() - started,
      status,
      error: problem && problem.slice(0, TEXT_LIMITS.text),
      response,
    }
    await log({
      attemptLog: [...(delivery.attemptLog ?? []).map(({ id: _, ...kept }) => kept), attempt],
      attempts,
      lastStatus: status,
      // An error's own message can be of any length: the field takes TEXT_LIMITS.text.
      lastError: problem && problem.slice(0, TEXT_LIMITS.text),
      status: problem ? (last ? 'failed' : 'retrying') : 'delivered',
      ...(problem ? {} : { deliveredAt: new Date().toISOString() }),
    })
    if (problem && !last) throw new Error(`webhook ${subscriber.url}: ${problem}`)
    return { output: { status } }
  },
}
