import type { Endpoint, Payload } from 'payload'

import {
  FIGURE_COLLECTIONS,
  type FigureChange,
  type FigureChanges,
  type FigureCollection,
  type FigureSource,
  formatFigure,
} from '@mlops-guide/content/figures'

import { enforcePublicApiLimits } from '../api/enforcePublicApiLimits'

type Version = {
  id: number | string
  parent: number | string
  createdAt: string
  version: FigureSource & {
    slug?: string
    source?: string
    asOf?: string
    [field: string]: unknown
  }
}

/** The figures of each kind of document, how readers see them, and what the guide calls them. */
const FIGURES: Record<
  FigureCollection,
  { title: string; figures: { name: string; show: (v: Version['version']) => string | null }[] }
> = {
  'salary-bands': {
    title: 'level',
    figures: [
      { name: 'Base salary', show: (v) => formatFigure(v, 'range') },
      { name: 'Years of experience', show: (v) => formatFigure(v, 'years') },
    ],
  },
  roles: {
    title: 'name',
    figures: [{ name: 'Typical salary', show: (v) => formatFigure(v, 'range') }],
  },
  'career-stages': {
    title: 'title',
    figures: [{ name: 'Years of experience', show: (v) => formatFigure(v, 'years') }],
  },
}

/** Published versions only: drafts, autosaves and scheduled-but-not-yet-published never count. */
async function publishedVersions(payload: Payload, collection: FigureCollection) {
  const { docs } = await payload.findVersions({
    collection,
    where: { 'version._status': { equals: 'published' } },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs as unknown as Version[]
}

/**
 * Every published change to a figure, from Payload's version history: for each band, role
 * and stage, each published version compared with the one published before it. No log is
 * kept by hand, so nothing can be left out of it.
 */
export async function figureChanges(payload: Payload): Promise<FigureChanges> {
  const docs: FigureChange[] = []
  const figuresUpdated = {} as FigureChanges['figuresUpdated']
  for (const collection of FIGURE_COLLECTIONS) {
    const { title, figures } = FIGURES[collection]
    const before = new Map<string, Version>()
    let updated: string | null = null
    for (const version of await publishedVersions(payload, collection)) {
      const previous = before.get(String(version.parent))
      before.set(String(version.parent), version)
      for (const figure of figures) {
        const now = figure.show(version.version)
        const was = previous ? figure.show(previous.version) : null
        if (previous && was === now) continue
        if (!previous && now === null) continue
        // A first publication dates the figures but is not a change from anything.
        updated = version.createdAt > (updated ?? '') ? version.createdAt : updated
        if (!previous) continue
        docs.push({
          id: `${collection}-${version.id}-${figure.name.toLowerCase().replace(/\W+/g, '-')}`,
          date: version.createdAt,
          collection,
          document: {
            id: version.parent,
            slug: String(version.version.slug ?? ''),
            title: String(version.version[title] ?? ''),
          },
          figure: figure.name,
          old: was ?? '—',
          new: now ?? '—',
          source: version.version.source ?? null,
          asOf: version.version.asOf ?? null,
        })
      }
    }
    figuresUpdated[collection] = updated
  }
  docs.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
  return { docs, figuresUpdated }
}

/**
 * GET /api/figure-changes: the public record of changes to the guide's figures (the site's
 * /changes page and its Atom feed are made from it). Same rate limits as the rest of the API.
 */
export const figureChangesEndpoint: Endpoint = {
  path: '/figure-changes',
  method: 'get',
  handler: async (req) => {
    await enforcePublicApiLimits(req, {})
    return Response.json(await figureChanges(req.payload), {
      headers: { 'cache-control': 'public, max-age=60' },
    })
  },
}
