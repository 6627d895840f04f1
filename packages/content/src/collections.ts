import type { Config } from './payload-types.ts'

/** Every collection and global of the CMS with its document type, as generated from its config. */
export type Collections = Config['collections']
export type Globals = Config['globals']
export type GlobalSlug = keyof Globals

/**
 * The guide's content collections: what the site renders and the public API serves. Every
 * collection of the CMS is one, except Payload's internals and the ones named here; so a new
 * collection is guide content (and every table keyed by this type a compile error until it
 * handles it) unless it is added to this list on purpose.
 */
export type CollectionSlug = Exclude<
  keyof Collections,
  | `payload-${string}`
  | 'users'
  | 'api-clients'
  | 'media'
  | 'figure-references'
  | 'webhook-subscribers'
  | 'webhook-deliveries'
>

/** The document type of a guide collection, e.g. `DocumentOf<'salary-bands'>`. */
export type DocumentOf<S extends CollectionSlug> = Collections[S]

/**
 * The guide's collections, in the order readers meet them. Written as the keys of a table
 * typed by `CollectionSlug`, so a missing or unknown slug does not compile.
 */
const inReadingOrder = {
  'career-stages': 1,
  'salary-bands': 2,
  roles: 3,
  'tool-categories': 4,
  tools: 5,
  'company-groups': 6,
  companies: 7,
  faqs: 8,
} satisfies Record<CollectionSlug, number>

export const COLLECTION_SLUGS = Object.keys(inReadingOrder) as CollectionSlug[]

export const isCollectionSlug = (value: string): value is CollectionSlug => value in inReadingOrder

const globals = { 'guide-page': true, 'site-settings': true } satisfies Record<GlobalSlug, true>

export const GLOBAL_SLUGS = Object.keys(globals) as GlobalSlug[]

export const isGlobalSlug = (value: string): value is GlobalSlug => value in globals
