/**
 * The version view's restore, in words that say what it does. Payload's "Restore this
 * version" of a published version publishes it at once, and its ▾ menu holds "Restore as
 * draft"; its confirmation says neither. Restoring a draft version keeps it a draft.
 */
export const restoreWording = {
  version: {
    restoreThisVersion: 'Restore this version (publishes a published one)',
    aboutToRestore:
      'You are about to restore this {{label}} document to the state that it was in on {{versionDate}}. A published version is published again at once and readers see it; a draft version becomes the draft. To check a published version before readers see it, cancel and choose ▾ Restore as draft.',
    aboutToRestoreGlobal:
      'You are about to restore the global {{label}} to the state that it was in on {{versionDate}}. A published version is published again at once and readers see it; a draft version becomes the draft. To check a published version before readers see it, cancel and choose ▾ Restore as draft.',
  },
}
