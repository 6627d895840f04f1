export {
  ContentApiError,
  createContentClient,
  type ClientOptions,
  type ContentClient,
  type FindOptions,
  type PaginatedDocs,
  type Where,
} from './client.ts'
export {
  COLLECTION_SLUGS,
  isCollectionSlug,
  isGlobalSlug,
  type CollectionSlug,
  type GuideCollectionSlug,
  type Collections,
  type DocumentOf,
  type GlobalSlug,
  type Globals,
} from './collections.ts'
export { formatMoneyShort, formatSalaryRange, formatYears } from './format.ts'
export {
  FIGURE_BLOCK,
  FIGURE_COLLECTIONS,
  FIGURE_FORMATS,
  formatFigure,
  isFigureCollection,
  isFigureFormat,
  type FigureCollection,
  type FigureFormat,
  type FigureSource,
} from './figures.ts'
export type { ContentChange, ContentChanges, FigureDiff, NamedDocument } from './changes.ts'
