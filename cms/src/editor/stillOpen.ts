/**
 * An edit view of a never-published document tells the CMS it is still open this often
 * (components/AbandonedCreate.tsx); the sweep of abandoned creates leaves alone a document
 * told of within OPEN_FOR_MS (editor/abandonedCreates.ts). A client-safe module: the
 * admin's bundle imports it.
 */
export const STILL_OPEN_EVERY_MS = 10 * 60_000
export const OPEN_FOR_MS = 3 * STILL_OPEN_EVERY_MS

/** The key, in Payload's key-value store, of when a document's edit view last said it was open. */
export const stillOpenKey = (collection: string, id: number | string) =>
  `still-open:${collection}/${id}`
