import type { CollectionConfig, GlobalConfig } from 'payload'

import type { CollectionSlug, GlobalSlug } from '@mlops-guide/content/collections'

import { contentAccess, globalContentAccess } from '../access/contentAccess'
import { applyPublicApiLimits } from '../hooks/applyPublicApiLimits'
import {
  draftsOnlyForContributors,
  draftsOnlyForContributorsGlobal,
  refuseBulkWritesOfContributors,
} from '../hooks/draftsOnlyForContributors'
import {
  notifySitesOfChange,
  notifySitesOfDelete,
  notifySitesOfGlobalChange,
} from '../hooks/notifySites'
import {
  previewDataForCmsUsers,
  previewDataForCmsUsersGlobal,
} from '../hooks/previewDataForCmsUsers'
import { livePreview, previewUrl } from '../preview/previewUrl'
import { editorialVersions } from './versions'

const contributorNote = '/components/ContributorNote#ContributorNote'

declare const madeByGuideCollection: unique symbol
/** A collection config that went through `guideCollection` (payload.config.ts asks for it). */
export type GuideCollectionConfig<S extends CollectionSlug> = CollectionConfig<S> & {
  readonly [madeByGuideCollection]: true
}

/**
 * What happens to every piece of the guide's content, in the order it happens. Each guide
 * collection's file calls `guideCollection(slug, {...})` (the page text `guideGlobal`), which adds:
 *
 * 1. access: readers see published documents only; writes by role (access/contentAccess.ts);
 * 2. versions: drafts, autosave, scheduled publishing, history (versions.ts);
 * 3. before every operation, in this order: the public API's caps and rate limits, a
 *    contributor's write refused unless it is a draft (with the reason), live-preview data
 *    ignored unless a CMS user sent it; then the collection's own;
 * 4. before validation: a contributor's bulk publish refused per document, then its own;
 * 5. after a change or delete: its own hooks, then the sites' change notice (notifySites.ts);
 * 6. in the admin: the Preview button and the live preview of the real site page
 *    (preview/previewUrl.ts), and the note telling contributors what they may do.
 *
 * Access and versions come only from here: a guide collection cannot set its own.
 */
export function guideCollection<S extends CollectionSlug>(
  slug: S,
  config: Omit<CollectionConfig<S>, 'slug' | 'access' | 'versions'>,
): GuideCollectionConfig<S> {
  const { admin, hooks } = config
  const guided: CollectionConfig<S> = {
    ...config,
    slug,
    access: contentAccess,
    versions: editorialVersions,
    hooks: {
      ...hooks,
      beforeOperation: [
        applyPublicApiLimits,
        draftsOnlyForContributors,
        previewDataForCmsUsers,
        ...(hooks?.beforeOperation ?? []),
      ],
      beforeValidate: [refuseBulkWritesOfContributors, ...(hooks?.beforeValidate ?? [])],
      afterChange: [...(hooks?.afterChange ?? []), notifySitesOfChange],
      afterDelete: [...(hooks?.afterDelete ?? []), notifySitesOfDelete],
    },
    admin: {
      ...admin,
      preview: (doc, { req }) =>
        previewUrl({ collection: slug, id: doc.id as number | string }, req),
      livePreview,
      components: {
        ...admin?.components,
        edit: {
          ...admin?.components?.edit,
          beforeDocumentControls: [
            contributorNote,
            ...(admin?.components?.edit?.beforeDocumentControls ?? []),
          ],
        },
      },
    },
  }
  return guided as GuideCollectionConfig<S>
}

/** The same for a global of the guide (steps 1-3, 5 and 6: a global is never bulk-edited or deleted). */
export function guideGlobal<S extends GlobalSlug>(
  slug: S,
  config: Omit<GlobalConfig<S>, 'slug' | 'access' | 'versions'>,
): GlobalConfig<S> {
  const { admin, hooks } = config
  return {
    ...config,
    slug,
    access: globalContentAccess,
    versions: editorialVersions,
    hooks: {
      ...hooks,
      beforeOperation: [
        applyPublicApiLimits,
        draftsOnlyForContributorsGlobal,
        previewDataForCmsUsersGlobal,
        ...(hooks?.beforeOperation ?? []),
      ],
      afterChange: [...(hooks?.afterChange ?? []), notifySitesOfGlobalChange],
    },
    admin: {
      ...admin,
      preview: (_doc, { req }) => previewUrl({ global: slug }, req),
      livePreview,
      components: {
        ...admin?.components,
        elements: {
          ...admin?.components?.elements,
          beforeDocumentControls: [
            contributorNote,
            ...(admin?.components?.elements?.beforeDocumentControls ?? []),
          ],
        },
      },
    },
  }
}
