export {
  ContentApiError,
  createContentClient,
  type ClientOptions,
  type CollectionSlug,
  type ContentClient,
  type FindOptions,
  type GlobalSlug,
  type PaginatedDocs,
  type Where,
} from './client'
export { formatMoneyShort, formatSalaryRange, formatYears } from './format'
