import {
  type CollectionBeforeChangeHook,
  type Field,
  type FieldAccess,
  type FieldHook,
  type UIField,
  ValidationError,
} from 'payload'

import { canPublish, isCmsUser } from '../access/roles'
import { outOfComparison } from './comparison'

/** Where a draft stands in review; empty while someone is still writing it. */
export const REVIEW = { ready: 'ready', sentBack: 'sent-back' } as const

/**
 * Only an editor sends a draft back. A hook, not `validate`: Payload validates no draft,
 * and every review step is a draft save.
 */
const onlyEditorsSendBack: FieldHook = ({ collection, path, req, value, previousValue }) => {
  if (value === REVIEW.sentBack && previousValue !== value && !canPublish(req.user)) {
    throw new ValidationError({
      collection: collection?.slug,
      errors: [{ path: path.join('.'), message: 'Only an editor sends a draft back.' }],
      req,
    })
  }
  return value
}

/** The review is the editors' business: readers and API clients never see it. */
const signedIn: FieldAccess = ({ req }) => isCmsUser(req.user)

/**
 * In the sidebar of every guide document: a contributor says a draft is ready for review;
 * an editor publishes it or sends it back with a comment, which the contributor reads here
 * (and on the dashboard, review/admin/NeedsAttention.tsx). Bookkeeping, not content: the
 * version comparison leaves them out.
 */
export const reviewFields: Field[] = [
  outOfComparison({
    name: 'reviewStatus',
    label: 'Review',
    type: 'select',
    index: true,
    options: [
      { label: 'Ready for review', value: REVIEW.ready },
      { label: 'Sent back with a comment', value: REVIEW.sentBack },
    ],
    hooks: { beforeChange: [onlyEditorsSendBack] },
    access: { read: signedIn },
    admin: {
      position: 'sidebar',
      description:
        'Choose "Ready for review" when the draft is done: editors see it on the dashboard. Publishing clears it.',
    },
  }),
  outOfComparison({
    name: 'reviewComment',
    label: "Editor's comment",
    type: 'textarea',
    // Contributors read it; only editors and admins write it.
    access: {
      read: signedIn,
      create: ({ req }) => canPublish(req.user),
      update: ({ req }) => canPublish(req.user),
    },
    admin: {
      position: 'sidebar',
      description: 'What to change before this is published.',
      condition: (data) => Boolean(data?.reviewStatus || data?.reviewComment),
    },
  }),
]

/** A published document is no longer waiting for anyone: its review starts over. */
export const clearReviewOnPublish: CollectionBeforeChangeHook = ({ data }) =>
  data._status === 'published' ? { ...data, reviewStatus: null, reviewComment: null } : data

/**
 * A document's next scheduled publish or unpublish, in the edit view's sidebar and as the
 * lists' Scheduled column (Payload shows schedules only inside its Schedule Publish drawer).
 */
export const scheduledField: UIField = {
  name: 'scheduled',
  type: 'ui',
  label: 'Scheduled',
  admin: {
    position: 'sidebar',
    components: {
      Field: '/review/admin/ScheduledNote#ScheduledNote',
      Cell: '/review/admin/ScheduledCell#ScheduledCell',
    },
  },
}
