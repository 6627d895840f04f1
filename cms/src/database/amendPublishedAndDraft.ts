export type Doc = Record<string, unknown>

/** How to read and save one document (a collection's or a global) through the Local API. */
export type VersionAccess = {
  /** The published document (`draft` false) or its newest version (`draft` true). */
  read: (draft: boolean) => Promise<unknown>
  save: (data: never, draft: boolean) => Promise<unknown>
}

/**
 * Applies `change` to what readers see (the published document) and, when an editor has a
 * newer draft on top of it, to that draft too, saved again as the newest draft so the pending
 * edit stays pending and keeps the change. Older versions in the history stay as they were
 * written. `change` returns the changed document, or null when it has nothing to change.
 * Used by upgrades that bring existing content up to a new release (figures/linkOnUpgrade.ts,
 * seed/fillOnUpgrade.ts). Returns how many versions it saved (0, 1 or 2).
 */
export async function amendPublishedAndDraft(
  { read, save }: VersionAccess,
  change: (doc: Doc) => Doc | null,
): Promise<number> {
  let saves = 0
  const published = (await read(false)) as Doc
  const latest = (await read(true)) as Doc
  if (published._status !== 'draft') {
    const changed = change(published)
    // Payload merges the data into the newest version: every field is given, so none of a
    // newer draft's edits leak into what is published.
    if (changed) {
      await save(asData(changed, latest, 'published'), false)
      saves++
    }
  }
  if (latest._status === 'draft') {
    const changed = change(latest)
    if (changed) {
      await save(asData(changed, (await read(true)) as Doc, 'draft'), true)
      saves++
    }
  }
  return saves
}

/** `doc` as update data that replaces `current` entirely (fields it lacks become null). */
function asData(doc: Doc, current: Doc, status: 'published' | 'draft'): never {
  const data: Doc = Object.fromEntries(Object.keys(current).map((key) => [key, null]))
  Object.assign(data, doc, { _status: status })
  for (const key of ['id', 'createdAt', 'updatedAt']) delete data[key]
  return data as never
}
