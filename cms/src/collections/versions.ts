import type { CollectionConfig } from 'payload'

/**
 * Versions of every piece of guide content (collections and the global alike): drafts that
 * readers never see, autosave while an editor types (so nothing is lost and the live
 * preview follows), publish and unpublish at a set time, and a history to compare and
 * restore. Scheduled jobs run inside the CMS server (jobs.ts, endpoints/health.ts).
 */
export const editorialVersions = {
  drafts: {
    // Saves the draft at most every 2 s while someone types.
    autosave: { interval: 2000 },
    // Not `validate: true`, though Payload's create view then makes a document the moment it
    // opens (next/dist/views/Document: it creates one on mount when drafts autosave
    // unvalidated), so an abandoned "Create New" leaves an empty draft. With drafts
    // validated, an autosave that runs while a just-inserted Figure element is still empty
    // fails validation and its drawer then cannot be saved (figures.spec.ts, seen twice).
    // Any minute (Payload's picker offers 5-minute steps by default).
    schedulePublish: { timeIntervals: 1 },
  },
  // Every version stays: an answer `asOf` a past moment is read from the published ones
  // (api/asOf) and must never change, and the record of changes compares each published
  // version with the one before it (events/changeRecord.ts).
  maxPerDoc: 0,
} satisfies CollectionConfig['versions']
