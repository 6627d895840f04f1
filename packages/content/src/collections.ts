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
export type GuideCollectionSlug = Exclude<
  keyof Collections,
  | `payload-${string}`
  | 'users'
  | 'api-clients'
  | 'media'
  | 'figure-quotes'
  | 'webhook-subscribers'
  | 'webhook-deliveries'
  | 'releases'
  | 'redirects'
>

/**
 * @deprecated Use `GuideCollectionSlug`: Payload's own `CollectionSlug` (every collection,
 * users and webhooks included) has the same name and another meaning. Kept for the clients
 * that import it; it will go in the next major version.
 */
export type CollectionSlug = GuideCollectionSlug

/** The document type of a guide collection, e.g. `DocumentOf<'salary-bands'>`. */
export type DocumentOf<S extends GuideCollectionSlug> = Collections[S]

/**
 * The guide's collections, in the order readers meet them. Written as the keys of a table
 * typed by `GuideCollectionSlug`, so a missing or unknown slug does not compile.
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
} satisfies Record<GuideCollectionSlug, number>

export const COLLECTION_SLUGS = Object.keys(inReadingOrder) as GuideCollectionSlug[]

export const isCollectionSlug = (value: string): value is GuideCollectionSlug =>
  value in inReadingOrder

const globals = { 'guide-page': true, 'site-settings': true } satisfies Record<GlobalSlug, true>

export const GLOBAL_SLUGS = Object.keys(globals) as GlobalSlug[]

export const isGlobalSlug = (value: string): value is GlobalSlug => value in globals
