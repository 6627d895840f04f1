import type { PayloadRequest } from 'payload'

import { COLLECTION_SLUGS } from '@mlops-guide/content/collections'

import type { Referrer } from './track'

/**
 * The top-level relationship fields of each guide collection that point at `slug`: a field
 * in a row or collapsible is top-level data too (flattenedFields), as a stage's salary band is.
 */
export function relationshipsTo(req: PayloadRequest, slug: string) {
  return COLLECTION_SLUGS.flatMap((collection) =>
    req.payload.collections[collection].config.flattenedFields.flatMap((field) => {
      if (field.type !== 'relationship' || !('name' in field)) return []
      const targets: string[] = [field.relationTo].flat()
      return targets.includes(slug) ? [{ collection, field: field.name }] : []
    }),
  )
}

/**
 * The published documents that show this one through a relationship (a career stage and
 * its salary band): readers see it there, so it is "referred to" as a quote is.
 */
export async function shownBy(
  req: PayloadRequest,
  slug: string,
  id: number | string,
): Promise<Referrer[]> {
  const found: Referrer[] = []
  for (const { collection, field } of relationshipsTo(req, slug)) {
    const { docs } = await req.payload.find({
      collection,
      where: { and: [{ [field]: { in: [id] } }, { _status: { equals: 'published' } }] },
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const titleField = req.payload.collections[collection].config.admin.useAsTitle
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const docId = Number(doc.id)
      const title = titleField ? doc[titleField] : null
      found.push({
        source: `${collection}/${docId}`,
        title: typeof title === 'string' && title !== '' ? title : `${collection} ${docId}`,
        field,
        adminUrl: `/admin/collections/${collection}/${docId}`,
        document: { kind: 'collection', slug: collection, id: docId },
      })
    }
  }
  return found
}
