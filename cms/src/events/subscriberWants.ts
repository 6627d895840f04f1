import type { ContentEvent } from '@mlops-guide/content/events'

export type Subscriber = {
  id: number
  createdAt: string
  events: string[]
  content?: string[] | null
  documents?: { relationTo: string; value: number | { id: number } }[] | null
}

const idOf = (value: number | { id: number }) => (typeof value === 'object' ? value.id : value)

/**
 * The three changes a subscriber picks from (WebhookSubscribers' `events`): a publish is a
 * document becoming public or its public answer changing (also through one it quotes or
 * shows); a reset (a restore) goes to every subscriber. Only what happened after the
 * subscriber was made: the queue can work an event after a webhook registered in the
 * meantime, which would otherwise get a change from before it existed.
 */
export function wants(subscriber: Subscriber, event: ContentEvent): boolean {
  if (Date.parse(event.time) < Date.parse(subscriber.createdAt)) return false
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
