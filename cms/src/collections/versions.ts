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
    // Drafts are checked like published documents. Besides catching a broken draft when it
    // is saved rather than when it is published, this is what stops the admin's create view
    // from making a document the moment it opens (Payload creates one on mount when drafts
    // autosave unvalidated, next/dist/views/Document): "Create New" now makes exactly one
    // document, on the first save, and leaving the form makes none.
    validate: true,
    schedulePublish: true,
  },
  maxPerDoc: 100,
} satisfies CollectionConfig['versions']
