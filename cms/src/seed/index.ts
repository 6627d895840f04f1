import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { lastSequence, lockEvents, markSeedEvents } from '../events/outbox'

import { careerStages } from './fixtures/careerStages'
import { companies, companyGroups } from './fixtures/companies'
import { faqs } from './fixtures/faqs'
import { guidePage } from './fixtures/guidePage'
import { learningPath, questionsFirst } from './fixtures/learningPath'
import { roles } from './fixtures/roles'
import { salaryBands } from './fixtures/salaryBands'
import { siteSettings } from './fixtures/siteSettings'
import { toolCategories } from './fixtures/toolCategories'
import { tools } from './fixtures/tools'
import { linkFigures, publishedFigures } from './figures'
import { markdownConverter } from './richText'

export type SeedOptions = {
  /** Delete all guide content first and restore the document's original. */
  reset?: boolean
  /** Leave a database that already holds guide content untouched. */
  ifEmpty?: boolean
  adminEmail?: string
  adminPassword?: string
  log?: (line: string) => void
}

export type SeedReport = {
  skipped: boolean
  created: Record<string, number>
  kept: Record<string, number>
}

/** Content collections in dependency order: a collection only points at earlier ones. */
const ORDER = [
  'tool-categories',
  'tools',
  'salary-bands',
  'career-stages',
  'roles',
  'company-groups',
  'companies',
  'faqs',
] as const satisfies CollectionSlug[]
type ContentSlug = (typeof ORDER)[number]

type Ids = Map<string, number | string>

/**
 * Imports every fact of the guide. Idempotent: a document is found by its slug and, if it
 * exists, left exactly as an editor left it; only missing ones are created.
 */
export async function seed(payload: Payload, opts: SeedOptions = {}): Promise<SeedReport> {
  const log = opts.log ?? (() => {})
  const report: SeedReport = { skipped: false, created: {}, kept: {} }
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    // Every write of the seed, `--reset` included, is the guide's edition, not a change made
    // to it: its events go to subscribers and the site as any other, but the record of
    // changes starts after them (markSeedEvents). The lock, held until commit, keeps other
    // writes' events out of the range marked.
    await lockEvents(req)
    const before = await lastSequence(req)
    if (opts.ifEmpty && (await hasContent(payload, req))) {
      log('the database already holds guide content: nothing to do')
      await commitTransaction(req)
      return { ...report, skipped: true }
    }
    if (opts.reset) await deleteAll(payload, req, log)
    const toLexical = await markdownConverter(payload.config)

    const ids = {} as Record<ContentSlug, Ids>
    const upsert = async <T extends { slug: string }>(
      collection: ContentSlug,
      fixtures: T[],
      toData: (f: T) => Record<string, unknown>,
    ) => {
      ids[collection] = new Map()
      let created = 0
      for (const fixture of fixtures) {
        const found = await payload.find({
          collection,
          where: { slug: { equals: fixture.slug } },
          draft: true,
          limit: 1,
          depth: 0,
          req,
        })
        let id = found.docs[0]?.id
        if (id == null) {
          const doc = await payload.create({
            collection,
            data: {
              ...toData(fixture),
              slug: fixture.slug,
              generateSlug: false,
              _status: 'published',
            } as never,
            depth: 0,
            req,
          })
          id = doc.id
          created++
        }
        ids[collection].set(fixture.slug, id)
      }
      report.created[collection] = created
      report.kept[collection] = fixtures.length - created
      log(`${collection.padEnd(16)} ${created} created, ${fixtures.length - created} kept`)
    }
    const ref = (collection: ContentSlug, slug: string | null | undefined) => {
      if (slug == null) return null
      const id = ids[collection].get(slug)
      if (id == null) throw new Error(`seed: no ${collection} with slug "${slug}"`)
      return id
    }

    await upsert('tool-categories', toolCategories, (f) => f)
    // A tool named in another's line comes after it (fixtures/tools.ts), so its id is known.
    await upsert('tools', tools, (f) => ({
      ...f,
      category: ref('tool-categories', f.category),
      namedIn: ref('tools', f.namedIn),
    }))
    await upsert('salary-bands', salaryBands, (f) => f)
    await upsert('career-stages', careerStages, (f) => ({
      ...f,
      keySkills: f.keySkills.map((s) => ref('tools', s)),
    }))
    await upsert('roles', roles, (f) => ({
      ...f,
      keyTools: f.keyTools.map((s) => ref('tools', s)),
    }))
    await upsert('company-groups', companyGroups, (f) => f)
    await upsert('companies', companies, (f) => ({ ...f, group: ref('company-groups', f.group) }))
    // Prose from here on: each figure in it that is a band's, role's or stage's becomes a
    // live figure (seed/figures.ts), so it follows the data from now on.
    const figures = await publishedFigures(payload, req)
    const prose = (markdown: string) => linkFigures(toLexical(markdown), figures, log)
    await upsert('faqs', faqs, (f) => ({
      ...f,
      answer: prose(f.answer),
      stages: (f.stages ?? []).map((s) => ref('career-stages', s)),
      fromRoles: (f.fromRoles ?? []).map((s) => ref('roles', s)),
    }))
    const reset = opts.reset === true
    const toolRefs = (items: { text: string; tools: string[] }[]) =>
      items.map((item) => ({ ...item, tools: item.tools.map((t) => ref('tools', t)) }))
    await seedGlobal(payload, req, 'guide-page', reset, report, log, {
      ...guidePage,
      hero: { ...guidePage.hero, questions: questionsFirst.map((f) => ref('faqs', f)) },
      learningPath: {
        faq: ref('faqs', learningPath.faq),
        steps: toolRefs(learningPath.steps),
        transitionFaq: ref('faqs', learningPath.transitionFaq),
        carriesOver: toolRefs(learningPath.carriesOver),
        toLearn: toolRefs(learningPath.toLearn),
      },
      why: { ...guidePage.why, body: prose(guidePage.why.body) },
      companies: { ...guidePage.companies, footnote: prose(guidePage.companies.footnote) },
      salaries: { ...guidePage.salaries, footnote: prose(guidePage.salaries.footnote) },
    })
    await seedGlobal(payload, req, 'site-settings', reset, report, log, siteSettings)
    await seedAdmin(payload, req, opts, log)
    await markSeedEvents(req, before)
    await commitTransaction(req)
    return report
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function hasContent(payload: Payload, req: PayloadRequest): Promise<boolean> {
  for (const collection of ORDER) {
    const { totalDocs } = await payload.count({ collection, req })
    if (totalDocs > 0) return true
  }
  const page = await payload.findGlobal({ slug: 'guide-page', draft: true, depth: 0, req })
  return Boolean(page.hero?.title)
}

async function deleteAll(payload: Payload, req: PayloadRequest, log: (l: string) => void) {
  // Everything is replaced, the page text too (below, in the same transaction), so no quote
  // of a band, role or stage survives the reset: forget them, or they would block deletion.
  await payload.delete({
    collection: 'figure-quotes',
    where: { id: { exists: true } },
    overrideAccess: true,
    req,
  })
  for (const collection of [...ORDER].reverse()) {
    const { docs, errors } = await payload.delete({
      collection,
      where: { id: { exists: true } },
      req,
    })
    if (errors.length) {
      throw new Error(`seed --reset: ${collection}: ${errors.map((e) => e.message).join('; ')}`)
    }
    log(`${collection.padEnd(16)} ${docs.length} deleted (reset)`)
  }
}

/** Writes a global of the guide unless it was written before (or on a reset). */
async function seedGlobal(
  payload: Payload,
  req: PayloadRequest,
  slug: 'guide-page' | 'site-settings',
  reset: boolean,
  report: SeedReport,
  log: (l: string) => void,
  data: Record<string, unknown>,
) {
  const current = await payload.findGlobal({ slug, draft: true, depth: 0, req })
  if (current.updatedAt && !reset) {
    report.kept[slug] = 1
    return log(`${slug.padEnd(16)} kept`)
  }
  await payload.updateGlobal({ slug, data: { ...data, _status: 'published' } as never, req })
  report.created[slug] = 1
  log(`${slug.padEnd(16)} written`)
}

async function seedAdmin(
  payload: Payload,
  req: PayloadRequest,
  { adminEmail, adminPassword }: SeedOptions,
  log: (l: string) => void,
) {
  if (!adminEmail || !adminPassword) return
  const { totalDocs } = await payload.count({ collection: 'users', req })
  if (totalDocs > 0) return log('users            kept (an account exists)')
  await payload.create({
    collection: 'users',
    data: { email: adminEmail, password: adminPassword, roles: ['admin'], name: 'Admin' },
    req,
  })
  log(`users            admin ${adminEmail} created`)
}
