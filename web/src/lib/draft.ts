import type { Guide } from './guide'

/** What a preview shows: one document of a collection, or the guide page (a global). */
export type PreviewTarget = { collection: string; id: number | string } | { global: string }

type Doc = { id: number | string }
type ListKey = Exclude<keyof Guide, 'page'>

/** Which list of the guide holds each collection's documents. */
const LISTS: Record<string, ListKey> = {
  'career-stages': 'stages',
  'salary-bands': 'bands',
  roles: 'roles',
  'tool-categories': 'categories',
  tools: 'tools',
  'company-groups': 'groups',
  companies: 'companies',
  faqs: 'faqs',
}

/** Relationship fields that hold a document of each collection (depth 1), by list. */
const REFERENCES: Record<string, [ListKey, string][]> = {
  'salary-bands': [['stages', 'salaryBand']],
  tools: [
    ['stages', 'keySkills'],
    ['roles', 'keyTools'],
  ],
  'tool-categories': [['tools', 'category']],
  'company-groups': [['companies', 'group']],
}

const sameDoc = (a: unknown, b: Doc) =>
  a != null && typeof a === 'object' && 'id' in a && (a as Doc).id === b.id

const swap = (value: unknown, doc: Doc): unknown =>
  Array.isArray(value) ? value.map((v) => swap(v, doc)) : sameDoc(value, doc) ? doc : value

export const listOf = (collection: string): ListKey | undefined => LISTS[collection]

/**
 * The published guide with one document replaced by its draft (added if it was never
 * published), including where other documents show it through a relationship, so the
 * preview matches what readers will see once it is published.
 */
export function withDraft(guide: Guide, target: PreviewTarget, doc: Doc): Guide {
  if ('global' in target) return { ...guide, page: doc as unknown as Guide['page'] }
  const key = LISTS[target.collection]
  if (!key) return guide
  const list = guide[key] as Doc[]
  const at = list.findIndex((d) => d.id === doc.id)
  const next: Record<string, unknown> = {
    ...guide,
    [key]: at >= 0 ? list.map((d, i) => (i === at ? doc : d)) : [...list, doc],
  }
  for (const [listKey, field] of REFERENCES[target.collection] ?? []) {
    next[listKey] = (next[listKey] as Record<string, unknown>[]).map((d) =>
      field in d ? { ...d, [field]: swap(d[field], doc) } : d,
    )
  }
  return next as Guide
}
