import type { CollectionConfig, Field, GlobalConfig } from 'payload'

import type { GuideCollectionSlug, GlobalSlug } from '@mlops-guide/content/collections'

import { isFigureCollection } from '@mlops-guide/content/figures'

import { contentAccess, globalContentAccess } from '../access/contentAccess'
import {
  dropFigureQuotes,
  forgetFiguresAfterChange,
  indexFigureQuotes,
  indexGlobalFigureQuotes,
  refuseDeleteWhileReferenced,
  refuseUnpublishWhileReferenced,
} from '../figures/track'
import {
  recordContentEvent,
  recordDeleteEvent,
  recordGlobalEvent,
} from '../events/recordContentEvent'
import { sweepAfterCreate } from '../editor/abandonedCreates'
import { abandonedCreate, stillOpen } from '../endpoints/abandonedCreate'
import { safeText } from '../fields/text'
import { applyPublicApiLimits } from '../hooks/applyPublicApiLimits'
import {
  draftsOnlyForContributors,
  draftsOnlyForContributorsGlobal,
  refuseBulkWritesOfContributors,
} from '../hooks/draftsOnlyForContributors'
import {
  previewDataForCmsUsers,
  previewDataForCmsUsersGlobal,
} from '../hooks/previewDataForCmsUsers'
import {
  refuseImplicitUnpublish,
  refuseImplicitUnpublishGlobal,
} from '../hooks/refuseImplicitUnpublish'
import { livePreview, previewUrl } from '../preview/previewUrl'
import { comparingWhatReadersSee } from '../review/comparison'
import { clearReviewOnPublish, reviewFields, scheduledField } from '../review/fields'
import { editorialVersions } from './versions'

const contributorNote = '/components/ContributorNote#ContributorNote'
const abandonedCreateNotice = '/components/AbandonedCreate#AbandonedCreate'
const figureWarnings = '/figures/admin/FigureWarnings#FigureWarnings'

/** In the sidebar of a band, role or stage: every place that quotes its figures. */
const referredToField: Field = {
  name: 'referredTo',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/figures/admin/ReferredTo#ReferredTo' },
  },
}

/** In the sidebar of every document of the guide: the pages and API answers publishing alters. */
const willChangeField = (global?: GlobalSlug): Field => ({
  name: 'willChange',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: {
      Field: {
        path: '/figures/admin/WillChangeList#WillChangeList',
        ...(global ? { serverProps: { global } } : {}),
      },
    },
  },
})

declare const madeByGuideCollection: unique symbol
/** A collection config that went through `guideCollection` (payload.config.ts asks for it). */
export type GuideCollectionConfig<S extends GuideCollectionSlug> = CollectionConfig<S> & {
  readonly [madeByGuideCollection]: true
}

/**
 * What happens to every piece of the guide's content, in the order it happens. Each guide
 * collection's file calls `guideCollection(slug, {...})` (the page text `guideGlobal`), which adds:
 *
 * 1. access: readers see published documents only; writes by role (access/contentAccess.ts);
 * 2. versions: drafts, autosave, scheduled publishing, history (versions.ts), whose
 *    comparison leaves out every field hidden from the form (review/comparison.ts);
 * 3. before every operation, in this order: the public API's caps and rate limits, a
 *    contributor's write refused unless it is a draft (with the reason), a save naming no
 *    `_status` refused when it would unpublish (refuseImplicitUnpublish.ts), live-preview
 *    data ignored unless a CMS user sent it; then the collection's own;
 * 4. before validation: every text field's length and characters, drafts included
 *    (fields/text.ts); a contributor's bulk publish refused per document, then its own;
 *    before the change, its own hooks, then a publish clears the review (review/fields.ts);
 * 5. for a salary band, role or stage (whose figures prose can quote, figures/): unpublish
 *    and delete refused while a figure is quoted somewhere (figures/track.ts);
 * 6. after a change or delete: its own hooks, then the index of the figures it quotes
 *    (figures/track.ts), then, last, the content event when what readers see changed
 *    (events/recordContentEvent.ts): recorded in the write's transaction and delivered after
 *    it commits to the site, other apps' webhooks and the read cache (events/dispatch.ts);
 * 7. in the admin: the Preview button and the live preview of the real site page
 *    (preview/previewUrl.ts), the note telling contributors what they may do, a warning when
 *    a typed figure contradicts the data, for a band, role or stage the places that
 *    quote it (figures/admin), the review ("ready for review", an editor's comment) and
 *    the next scheduled change, in the sidebar and the lists' Scheduled column (review/);
 *    and, leaving a document never published that holds nothing anyone wrote (an
 *    abandoned "Create New"), its deletion (endpoints/abandonedCreate.ts); one the admin
 *    never heard of leaving is removed after an hour, at a later create
 *    (editor/abandonedCreates.ts).
 *
 * Access and versions come only from here: a guide collection cannot set its own.
 */
export function guideCollection<S extends GuideCollectionSlug>(
  slug: S,
  config: Omit<CollectionConfig<S>, 'slug' | 'access' | 'versions'>,
): GuideCollectionConfig<S> {
  const { admin, hooks } = config
  const quotable = isFigureCollection(slug)
  const guided: CollectionConfig<S> = {
    ...config,
    fields: comparingWhatReadersSee(
      safeText([
        ...config.fields,
        ...(quotable ? [referredToField] : []),
        willChangeField(),
        scheduledField,
        ...reviewFields,
      ]),
    ),
    slug,
    access: contentAccess,
    endpoints: [...(config.endpoints || []), abandonedCreate(slug), stillOpen(slug)],
    versions: editorialVersions,
    hooks: {
      ...hooks,
      beforeOperation: [
        applyPublicApiLimits,
        draftsOnlyForContributors,
        refuseImplicitUnpublish,
        previewDataForCmsUsers,
        ...(quotable ? [refuseUnpublishWhileReferenced] : []),
        ...(hooks?.beforeOperation ?? []),
      ],
      beforeValidate: [refuseBulkWritesOfContributors, ...(hooks?.beforeValidate ?? [])],
      beforeChange: [...(hooks?.beforeChange ?? []), clearReviewOnPublish],
      beforeDelete: [
        ...(quotable ? [refuseDeleteWhileReferenced] : []),
        ...(hooks?.beforeDelete ?? []),
      ],
      afterChange: [
        ...(hooks?.afterChange ?? []),
        ...(quotable ? [forgetFiguresAfterChange] : []),
        indexFigureQuotes,
        recordContentEvent,
      ],
      afterDelete: [...(hooks?.afterDelete ?? []), dropFigureQuotes, recordDeleteEvent],
      afterOperation: [...(hooks?.afterOperation ?? []), sweepAfterCreate<S>()],
    },
    admin: {
      ...admin,
      // Every list shows which documents are scheduled, and when.
      defaultColumns: admin?.defaultColumns && [...admin.defaultColumns, scheduledField.name],
      preview: (doc, { req }) =>
        previewUrl({ collection: slug, id: doc.id as number | string }, req),
      livePreview,
      components: {
        ...admin?.components,
        edit: {
          ...admin?.components?.edit,
          beforeDocumentControls: [
            contributorNote,
            abandonedCreateNotice,
            figureWarnings,
            ...(admin?.components?.edit?.beforeDocumentControls ?? []),
          ],
        },
      },
    },
  }
  return guided as GuideCollectionConfig<S>
}

/**
 * The same for a global of the guide (steps 1-3, the text check of 4, 6 and 7: a global is
 * never bulk-edited or deleted).
 */
export function guideGlobal<S extends GlobalSlug>(
  slug: S,
  config: Omit<GlobalConfig<S>, 'slug' | 'access' | 'versions'>,
): GlobalConfig<S> {
  const { admin, hooks } = config
  return {
    ...config,
    fields: comparingWhatReadersSee(safeText([...config.fields, willChangeField(slug)])),
    slug,
    access: globalContentAccess,
    versions: editorialVersions,
    hooks: {
      ...hooks,
      beforeOperation: [
        applyPublicApiLimits,
        draftsOnlyForContributorsGlobal,
        refuseImplicitUnpublishGlobal,
        previewDataForCmsUsersGlobal,
        ...(hooks?.beforeOperation ?? []),
      ],
      afterChange: [...(hooks?.afterChange ?? []), indexGlobalFigureQuotes, recordGlobalEvent],
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
            figureWarnings,
            ...(admin?.components?.elements?.beforeDocumentControls ?? []),
          ],
        },
      },
    },
  }
}
