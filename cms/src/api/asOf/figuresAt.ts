import type { PayloadRequest, RequestContext } from 'payload'

import type { FigureSource } from '@mlops-guide/content/figures'

import type { FigureTarget } from '../../figures/resolve'
import { collectionVersionsAt } from './publishedAt'

/**
 * The request context of an `asOf` read (withAsOf.ts): its figures are rendered with the
 * values published at that moment, not today's, so a cited answer reads as it did then.
 */
export const figuresAsOfContext = (at: Date): RequestContext => ({ figuresAsOf: at.toISOString() })

/** The moment a request's figures are read at, when it is an `asOf` read; else null. */
export function figuresAsOf(req: PayloadRequest): Date | null {
  const at = req.context.figuresAsOf
  return typeof at === 'string' ? new Date(at) : null
}

/** A figure's document as it was published at `at` (its version then), or null if it was not. */
export async function figureSourceAt(
  req: PayloadRequest,
  { collection, id }: FigureTarget,
  at: Date,
): Promise<FigureSource | null> {
  const [versionId] = await collectionVersionsAt(req.payload, collection, at, String(id))
  if (versionId === undefined) return null
  const { docs } = await req.payload.findVersions({
    collection,
    where: { id: { equals: versionId } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return (docs[0]?.version as FigureSource | undefined) ?? null
}
