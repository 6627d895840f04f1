export {
  ContentApiError,
  createContentClient,
  type ClientOptions,
  type AsOf,
  type ContentClient,
  type FindByIdOptions,
  type FindOptions,
  type PaginatedDocs,
  type Sort,
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
