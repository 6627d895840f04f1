import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import {
  amendPublishedAndDraft,
  type Doc,
  type VersionAccess,
} from '../database/amendPublishedAndDraft'
import { faqs } from './fixtures/faqs'
import { learningPath, questionsFirst } from './fixtures/learningPath'
import { tools } from './fixtures/tools'

type Log = (line: string) => void
type Slugs = (collection: CollectionSlug, slugs: readonly (string | null | undefined)[]) => number[]
type Context = { payload: Payload; req: PayloadRequest; ids: Slugs }

/**
 * Content that a release added to the guide's model after databases were first seeded: the
 * seed fills it in a new database, and this fills it, from the same fixtures, in a database
 * seeded by an earlier release, once, as the upgrade applies the migration that made room for
 * it. Without it an upgraded site would show an empty checklist page and no questions first.
 *
 * Only empty fields are filled (an upgrade is the first time the field exists, so empty means
 * never set), only with documents the database still holds (matched by slug: one an editor
 * deleted stays deleted and is left out), and a pending draft stays pending with the fill.
 * Each save goes through the Local API, so the sites and subscribers hear of it and the record
 * of changes lists it: readers see these additions, and the record says when they came.
 */
const FILLS: { migration: string; what: string; fill: (ctx: Context) => Promise<number> }[] = [
  {
    migration: '20261206_232607_stage_pay_named_tools_career_path_text',
    what: "tools named in another's skill line",
    fill: (ctx) =>
      amendEach(ctx, 'tools', tools, (tool) => {
        const [namedIn] = ctx.ids('tools', [tool.namedIn])
        if (namedIn == null) return null
        return (doc) => (doc.namedIn == null ? { ...doc, namedIn } : null)
      }),
  },
  {
    migration: '20261207_023450_learning_path',
    what: 'the questions answered first and the learning path',
    fill: ({ payload, req, ids }) => {
      const withTools = (items: { text: string; tools: string[] }[]) =>
        items.map(({ text, tools }) => ({ text, tools: ids('tools', tools) }))
      const [faq = null] = ids('faqs', [learningPath.faq])
      const [transitionFaq = null] = ids('faqs', [learningPath.transitionFaq])
      return amendPublishedAndDraft(globalDoc(payload, req, 'guide-page'), (doc) => {
        const hero = (doc.hero ?? {}) as Doc
        const path = (doc.learningPath ?? {}) as Doc
        const heroEmpty = isEmpty(hero.questions)
        const pathEmpty =
          path.faq == null &&
          path.transitionFaq == null &&
          [path.steps, path.carriesOver, path.toLearn].every(isEmpty)
        if (!heroEmpty && !pathEmpty) return null
        return {
          ...doc,
          hero: heroEmpty ? { ...hero, questions: ids('faqs', questionsFirst) } : hero,
          learningPath: pathEmpty
            ? {
                faq,
                steps: withTools(learningPath.steps),
                transitionFaq,
                carriesOver: withTools(learningPath.carriesOver),
                toLearn: withTools(learningPath.toLearn),
              }
            : path,
        }
      })
    },
  },
  {
    migration: '20261207_023805_faq_audiences_and_where_do_i_stand',
    what: 'whom the FAQs answer',
    fill: (ctx) =>
      amendEach(ctx, 'faqs', faqs, (faq) => {
        if (!faq.stages && !faq.fromRoles) return null
        const stages = ctx.ids('career-stages', faq.stages ?? [])
        const fromRoles = ctx.ids('roles', faq.fromRoles ?? [])
        return (doc) =>
          isEmpty(doc.stages) && isEmpty(doc.fromRoles) ? { ...doc, stages, fromRoles } : null
      }),
  },
]

/**
 * Each fixture's document, when the database holds it (by slug), amended as `changeFor` says
 * (null: nothing to fill for that fixture); the number of versions saved.
 */
async function amendEach<F extends { slug: string }>(
  { payload, req, ids }: Context,
  collection: 'tools' | 'faqs',
  fixtures: F[],
  changeFor: (fixture: F) => ((doc: Doc) => Doc | null) | null,
): Promise<number> {
  let saved = 0
  for (const fixture of fixtures) {
    const [id] = ids(collection, [fixture.slug])
    const change = id == null ? null : changeFor(fixture)
    if (id == null || !change) continue
    saved += await amendPublishedAndDraft(collectionDoc(payload, req, collection, id), change)
  }
  return saved
}

const isEmpty = (value: unknown) => value == null || (Array.isArray(value) && value.length === 0)

const collectionDoc = (
  payload: Payload,
  req: PayloadRequest,
  collection: 'tools' | 'faqs',
  id: number,
): VersionAccess => ({
  read: (draft) => payload.findByID({ collection, id, draft, depth: 0, req }),
  save: (data, draft) => payload.update({ collection, id, data, draft, depth: 0, req }),
})

const globalDoc = (payload: Payload, req: PayloadRequest, slug: 'guide-page'): VersionAccess => ({
  read: (draft) => payload.findGlobal({ slug, draft, depth: 0, req }),
  save: (data, draft) => payload.updateGlobal({ slug, data, draft, depth: 0, req }),
})

/** The ids of the documents with these slugs that the database holds, in the slugs' order. */
async function slugIndex(payload: Payload, req: PayloadRequest): Promise<Slugs> {
  const index = new Map<string, number>()
  for (const collection of ['tools', 'faqs', 'career-stages', 'roles'] as const) {
    const { docs } = await payload.find({
      collection,
      draft: true,
      depth: 0,
      pagination: false,
      select: { slug: true },
      req,
    })
    for (const doc of docs) if (doc.slug) index.set(`${collection}/${doc.slug}`, doc.id)
  }
  return (collection, slugs) =>
    slugs
      .map((slug) => (slug ? index.get(`${collection}/${slug}`) : undefined))
      .filter((id): id is number => id !== undefined)
}

/** Runs, in one transaction, the fills whose migrations this start applied (`pending`). */
export async function fillOnUpgrade(payload: Payload, pending: string[], log: Log) {
  const due = FILLS.filter((f) => pending.includes(f.migration))
  if (due.length === 0) return
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const ids = await slugIndex(payload, req)
    for (const { what, fill } of due) {
      const saved = await fill({ payload, req, ids })
      log(`upgrade: ${what}: ${saved} version${saved === 1 ? '' : 's'} filled from the guide`)
    }
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
