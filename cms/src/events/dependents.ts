import type { PayloadRequest } from 'payload'

import type { DocumentRef } from '@mlops-guide/content/events'
import { isFigureCollection } from '@mlops-guide/content/figures'

import { relationshipsTo } from '../figures/shownBy'
import { referrersOf } from '../figures/track'
import { publicOnes } from './outbox'
import { keyOf, refOf } from './publicAnswer'

/**
 * The public documents whose answer changes with this one's: those whose rich text quotes
 * one of its figures (the figure index, figures/track.ts) and those that show it through a
 * relationship (a stage and its salary band; the site and the API populate one level).
 */
export async function dependentsOf(
  req: PayloadRequest,
  document: DocumentRef,
): Promise<DocumentRef[]> {
  if (document.kind === 'global') return []
  const keys = new Set<string>()
  if (isFigureCollection(document.slug)) {
    for (const referrer of await referrersOf(req, document.slug, document.id)) {
      keys.add(referrer.source)
    }
  }
  for (const { collection, field } of relationshipsTo(req, document.slug)) {
    const { docs } = await req.payload.find({
      collection,
      where: { [field]: { in: [document.id] } },
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: {},
      req,
    })
    for (const doc of docs) keys.add(`${collection}/${doc.id}`)
  }
  keys.delete(keyOf(document))
  const visible = await publicOnes(req, [...keys])
  return [...keys]
    .filter((key) => visible.has(key))
    .sort()
    .map(refOf)
}
