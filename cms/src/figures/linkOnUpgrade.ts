import type { Field, Payload } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import {
  amendPublishedAndDraft,
  type Doc,
  type VersionAccess,
} from '../database/amendPublishedAndDraft'
import { linkFigures, publishedFigures, type SeededFigure } from '../seed/figures'

/**
 * Prose written before live figures existed gets them on upgrade: the seed's own conversion
 * (seed/figures.ts linkFigures) applied to every rich text field of the documents already in
 * the database, so a figure typed as text that is exactly a published band's, role's or
 * stage's ("$120k-$160k") becomes a live figure element; all other text stays as it was.
 *
 * What is converted: what readers see and a pending draft on top of it, which stays pending
 * (database/amendPublishedAndDraft.ts). Older versions in the history stay as written.
 * Each save goes through the Local API, so the figure-quote index records the new
 * quotes (a quoted band can no longer be deleted) and the sites hear of the change.
 * Running it again changes nothing: figure elements are no longer text, and text that did
 * not match still does not.
 */
export async function linkFiguresOnUpgrade(payload: Payload, log: (line: string) => void) {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const figures = await publishedFigures(payload, req)
    let saved = 0
    for (const collection of payload.config.collections) {
      if (!hasRichText(collection.fields)) continue
      const slug = collection.slug as 'faqs'
      const { docs } = await payload.find({
        collection: slug,
        depth: 0,
        pagination: false,
        req,
      })
      for (const doc of docs) {
        saved += await linkDocument(figures, log, `${slug} ${doc.id}`, {
          read: async (draft) =>
            draft ? payload.findByID({ collection: slug, id: doc.id, draft, depth: 0, req }) : doc,
          save: (data, draft) =>
            payload.update({ collection: slug, id: doc.id, data, draft, depth: 0, req }),
        })
      }
    }
    for (const global of payload.config.globals) {
      if (!hasRichText(global.fields)) continue
      const slug = global.slug as 'guide-page'
      saved += await linkDocument(figures, log, slug, {
        read: (draft) => payload.findGlobal({ slug, draft, depth: 0, req }),
        save: (data, draft) => payload.updateGlobal({ slug, data, draft, depth: 0, req }),
      })
    }
    await commitTransaction(req)
    log(
      `live figures: ${saved} document version${saved === 1 ? '' : 's'} saved with figures linked`,
    )
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/** Saves the published state and a newer draft with their figures linked; returns saves made. */
async function linkDocument(
  figures: SeededFigure[],
  log: (line: string) => void,
  name: string,
  access: VersionAccess,
): Promise<number> {
  const saves = await amendPublishedAndDraft(access, (doc) => linkAll(doc, figures))
  if (saves) log(`live figures: ${name}: ${saves === 2 ? 'published and draft' : 'linked'}`)
  return saves
}

const isLexical = (value: unknown): value is { root: { type: string } } =>
  typeof value === 'object' &&
  value !== null &&
  (value as { root?: { type?: unknown } }).root?.type === 'root'

/** The document with every rich text value linked, or null when nothing changed. */
function linkAll(doc: Doc, figures: SeededFigure[]): Doc | null {
  let changed = false
  const visit = (value: unknown): unknown => {
    if (isLexical(value)) {
      const linked = linkFigures(value, figures)
      if (JSON.stringify(linked) === JSON.stringify(value)) return value
      changed = true
      return linked
    }
    if (Array.isArray(value)) return value.map(visit)
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v)]))
    return value
  }
  const linked = visit(doc) as Doc
  return changed ? linked : null
}

function hasRichText(fields: Field[]): boolean {
  return fields.some(
    (field) =>
      field.type === 'richText' ||
      ('fields' in field && hasRichText(field.fields)) ||
      (field.type === 'tabs' && field.tabs.some((tab) => hasRichText(tab.fields))) ||
      (field.type === 'blocks' && field.blocks.some((block) => hasRichText(block.fields))),
  )
}
