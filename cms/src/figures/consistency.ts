import type { Payload, PayloadRequest } from 'payload'

import {
  COLLECTION_SLUGS,
  type GuideCollectionSlug,
  type GlobalSlug,
} from '@mlops-guide/content/collections'
import {
  FIGURE_COLLECTIONS,
  type FigureCollection,
  type FigureSource,
  formatFigure,
} from '@mlops-guide/content/figures'

import { figureTexts } from './changes'
import { mentionsIn, type Mention } from './mentions'
import { FIGURE_DOCUMENT_NAMES } from './resolve'

/** A band's, role's or stage's published figures. */
export type KnownFigure = {
  collection: FigureCollection
  title: string
  salary: { min: number; max: number; text: string } | null
  years: { from: number; to: number | null; text: string } | null
  /** Figures it was published with before (its record of changes), as text would quote them. */
  formerly: Mention[]
}

/** A figure typed as text that contradicts the data: "$210k-$275k" where the band says $210k-$270k. */
export type Disagreement = {
  /** The field, e.g. "answer" or "why.body". */
  field: string
  /** The figure as typed. */
  text: string
  /** What it seems to mean, and what that says now. */
  expected: { title: string; kind: string; text: string }
}

export type Mismatch = Disagreement & {
  document: { title: string; adminUrl: string }
}

const TITLES: Record<FigureCollection, string> = {
  'salary-bands': 'level',
  roles: 'name',
  'career-stages': 'title',
}

/**
 * The figures each band, role or stage was ever published with (its published versions, the
 * history the record of changes compares), as text would quote them, by document id.
 */
async function formerFigures(
  payload: Payload,
  collection: FigureCollection,
  req?: PayloadRequest,
): Promise<Map<string, Set<string>>> {
  const { docs } = await payload.findVersions({
    collection,
    where: { 'version._status': { equals: 'published' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byDocument = new Map<string, Set<string>>()
  for (const { parent, version } of docs as unknown as {
    parent: number | string
    version: FigureSource
  }[]) {
    const texts = byDocument.get(String(parent)) ?? new Set<string>()
    for (const text of figureTexts(collection, version)) texts.add(text)
    byDocument.set(String(parent), texts)
  }
  return byDocument
}

export async function knownFigures(payload: Payload, req?: PayloadRequest): Promise<KnownFigure[]> {
  const all: KnownFigure[] = []
  for (const collection of FIGURE_COLLECTIONS) {
    const formerly = await formerFigures(payload, collection, req)
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as unknown as (FigureSource & Record<string, unknown>)[]) {
      const range = formatFigure(doc, 'range')
      const years = formatFigure(doc, 'years')
      all.push({
        collection,
        title: String(doc[TITLES[collection]]),
        salary: range ? { min: doc.minSalary!, max: doc.maxSalary!, text: range } : null,
        years: years ? { from: doc.yearsFrom!, to: doc.yearsTo ?? null, text: years } : null,
        formerly: [...(formerly.get(String(doc.id)) ?? [])]
          .filter((text) => text !== range && text !== years)
          .flatMap((text) => mentionsIn(text)),
      })
    }
  }
  return all
}

/** Whether two typed figures say the same (a "+" aside). */
const sameFigure = (a: Mention, b: Mention) =>
  a.kind === 'salary' && b.kind === 'salary'
    ? a.min === b.min && a.max === b.max
    : a.kind === 'years' && b.kind === 'years' && a.from === b.from && a.to === b.to

/**
 * Whether a typed figure contradicts the data. It agrees when some band, role or stage has
 * exactly that figure. Else it is the out-of-date figure of the one that was published with
 * exactly it (the typed "$210k-$270k" after the Senior band became $220k-$280k is the
 * Senior band's, not that of a role whose range also ends at $270k); else it contradicts one
 * that shares one end of it but not the other (the typed "$210k-$270k+" after the Senior band
 * became $215k-$270k); a figure that shares nothing with the data has no structured source,
 * and is the editor's own business.
 */
function contradicted(mention: Mention, known: KnownFigure[]): KnownFigure | null {
  // Years are first of all a stage's, salaries a band's (as the seed reads them).
  const first: FigureCollection = mention.kind === 'years' ? 'career-stages' : 'salary-bands'
  const preferred = [...known].sort(
    (a, b) => Number(b.collection === first) - Number(a.collection === first),
  )
  const ends = preferred.flatMap((k): { k: KnownFigure; a: number | null; b: number | null }[] => {
    if (mention.kind === 'salary') return k.salary ? [{ k, a: k.salary.min, b: k.salary.max }] : []
    return k.years ? [{ k, a: k.years.from, b: k.years.to }] : []
  })
  const [a, b] = mention.kind === 'salary' ? [mention.min, mention.max] : [mention.from, mention.to]
  if (ends.some((e) => e.a === a && e.b === b)) return null
  const former = preferred.find((k) => k.formerly.some((f) => sameFigure(f, mention)))
  if (former) return former
  return ends.find((e) => e.a === a || e.b === b)?.k ?? null
}

/** Every typed figure in a document that contradicts the data, with the field it is in. */
export function disagreementsIn(doc: unknown, known: KnownFigure[]): Disagreement[] {
  const found: Disagreement[] = []
  const check = (text: string, field: string) => {
    for (const mention of mentionsIn(text)) {
      const k = contradicted(mention, known)
      if (!k) continue
      found.push({
        field,
        text: mention.text,
        expected: {
          title: k.title,
          kind: FIGURE_DOCUMENT_NAMES[k.collection],
          text: (mention.kind === 'salary' ? k.salary?.text : k.years?.text) ?? '',
        },
      })
    }
  }
  const walk = (value: unknown, path: string[], lexicalField: string | null) => {
    if (typeof value === 'string') {
      if (!lexicalField) check(value, path.join('.'))
      return
    }
    if (value === null || typeof value !== 'object') return
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, lexicalField ? path : [...path, String(i)], lexicalField))
      return
    }
    const node = value as Record<string, unknown>
    if (lexicalField) {
      // Only the text the editor typed: a figure element is data, not text.
      if (node.type === 'text' && typeof node.text === 'string') check(node.text, lexicalField)
      if (Array.isArray(node.children)) walk(node.children, path, lexicalField)
      return
    }
    for (const [key, child] of Object.entries(node)) {
      // Generated HTML shows figures as text; ids, slugs and dates hold none.
      if (key.endsWith('Html') || ['id', 'slug', 'createdAt', 'updatedAt'].includes(key)) continue
      const childPath = [...path, key]
      const isLexical = child !== null && typeof child === 'object' && 'root' in child
      walk(
        isLexical ? (child as { root: unknown }).root : child,
        childPath,
        isLexical ? childPath.join('.') : null,
      )
    }
  }
  walk(doc, [], null)
  return found
}

const GLOBALS: GlobalSlug[] = ['guide-page', 'site-settings']

/**
 * Every contradicting typed figure in the guide, in the latest state of each document
 * (drafts included: that is what editors are working on).
 */
export async function findMismatches(payload: Payload): Promise<Mismatch[]> {
  const known = await knownFigures(payload)
  const all: Mismatch[] = []
  for (const collection of COLLECTION_SLUGS as GuideCollectionSlug[]) {
    const config = payload.collections[collection].config
    const titleField = config.admin?.useAsTitle ?? 'id'
    const { docs } = await payload.find({
      collection,
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      for (const d of disagreementsIn(doc, known)) {
        all.push({
          ...d,
          document: {
            title: String(doc[titleField] ?? doc.id),
            adminUrl: `/admin/collections/${collection}/${doc.id}`,
          },
        })
      }
    }
  }
  for (const slug of GLOBALS) {
    const doc = await payload.findGlobal({ slug, draft: true, depth: 0, overrideAccess: true })
    const label = payload.globals.config.find((g) => g.slug === slug)?.label
    for (const d of disagreementsIn(doc, known)) {
      all.push({
        ...d,
        document: {
          title: typeof label === 'string' ? label : slug,
          adminUrl: `/admin/globals/${slug}`,
        },
      })
    }
  }
  return all
}
