import type { CollectionConfig, GlobalConfig, Plugin } from 'payload'

import {
  draftsOnlyForContributors,
  draftsOnlyForContributorsGlobal,
  refuseBulkWritesOfContributors,
} from '../hooks/draftsOnlyForContributors'
import {
  previewDataForCmsUsers,
  previewDataForCmsUsersGlobal,
} from '../hooks/previewDataForCmsUsers'
import { previewUrl, targetOf } from '../preview/previewUrl'

const contributorNote = '/components/ContributorNote#ContributorNote'

const hasDrafts = (entity: CollectionConfig | GlobalConfig) =>
  typeof entity.versions === 'object' && Boolean(entity.versions.drafts)

/** Phone, tablet and desktop, the widths the site's layout is checked at. */
const breakpoints = [
  { name: 'phone', label: 'Phone', width: 375, height: 667 },
  { name: 'tablet', label: 'Tablet', width: 768, height: 1024 },
  { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
]

/**
 * The editorial workflow on every collection and global with drafts, so none can be added
 * and forgotten: contributors may only write drafts (with a message saying so), live
 * preview data is for CMS users only, a Preview
 * button and the admin's live preview show the document on the real site through a
 * short-lived signed link (src/preview).
 */
export const editorialWorkflow: Plugin = (config) => {
  const collections = (config.collections ?? []).map((collection) =>
    hasDrafts(collection)
      ? {
          ...collection,
          admin: {
            ...collection.admin,
            components: {
              ...collection.admin?.components,
              edit: {
                ...collection.admin?.components?.edit,
                beforeDocumentControls: [
                  contributorNote,
                  ...(collection.admin?.components?.edit?.beforeDocumentControls ?? []),
                ],
              },
            },
            preview: (
              doc: Record<string, unknown>,
              { req }: { req: Parameters<typeof previewUrl>[1] },
            ) => previewUrl(targetOf({ collectionConfig: collection }, doc), req),
          },
          hooks: {
            ...collection.hooks,
            beforeOperation: [
              draftsOnlyForContributors,
              previewDataForCmsUsers,
              ...(collection.hooks?.beforeOperation ?? []),
            ],
            beforeValidate: [
              refuseBulkWritesOfContributors,
              ...(collection.hooks?.beforeValidate ?? []),
            ],
          },
        }
      : collection,
  )
  const globals = (config.globals ?? []).map((global) =>
    hasDrafts(global)
      ? {
          ...global,
          admin: {
            ...global.admin,
            components: {
              ...global.admin?.components,
              elements: {
                ...global.admin?.components?.elements,
                beforeDocumentControls: [
                  contributorNote,
                  ...(global.admin?.components?.elements?.beforeDocumentControls ?? []),
                ],
              },
            },
            preview: (
              _doc: Record<string, unknown>,
              { req }: { req: Parameters<typeof previewUrl>[1] },
            ) => previewUrl({ global: global.slug }, req),
          },
          hooks: {
            ...global.hooks,
            beforeOperation: [
              draftsOnlyForContributorsGlobal,
              previewDataForCmsUsersGlobal,
              ...(global.hooks?.beforeOperation ?? []),
            ],
          },
        }
      : global,
  )
  return {
    ...config,
    collections,
    globals,
    admin: {
      ...config.admin,
      livePreview: {
        breakpoints,
        collections: collections.filter(hasDrafts).map((c) => c.slug),
        globals: globals.filter(hasDrafts).map((g) => g.slug),
        url: ({ collectionConfig, globalConfig, data, req }) =>
          previewUrl(targetOf({ collectionConfig, globalConfig }, data), req),
      },
    },
  }
}
