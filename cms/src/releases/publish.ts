import { sql } from '@payloadcms/db-postgres'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import type { GuideCollectionSlug } from '@mlops-guide/content/collections'
import type { Release, User } from '@mlops-guide/content/types'

import { disagreementsIn, knownFigures } from '../figures/consistency'
import { findPublished } from '../figures/resolve'
import { transactionDb } from '../framework/transaction'

type Member = { relationTo: GuideCollectionSlug; value: number | { id: number } }

/** What a release's attempt did: every document published, or the one that failed and why. */
export type ReleaseOutcome =
  { ok: true; published: number; message: string } | { ok: false; message: string }

/** A document of the release that cannot be published; everything before it is rolled back. */
class ReleaseFailure extends Error {}

/** The reason an error gives, with the fields Payload's validation names. */
function reasonOf(error: unknown): string {
  const { message, data } = error as { message?: string; data?: { errors?: unknown } }
  const errors = Array.isArray(data?.errors)
    ? (data.errors as { path?: string; message?: string }[])
    : []
  const fields = errors.map((e) => `${e.path ?? '?'}: ${e.message ?? 'invalid'}`).join('; ')
  return [message ?? String(error), fields].filter(Boolean).join(' — ')
}

function nameOf(payload: Payload, slug: GuideCollectionSlug, doc: Record<string, unknown>): string {
  const config = payload.collections[slug].config
  const field = config.admin.useAsTitle
  const title = field && typeof doc[field] === 'string' ? (doc[field] as string) : `#${doc.id}`
  const label = typeof config.labels.singular === 'string' ? config.labels.singular : slug
  return `${label} "${title}" (${slug} ${doc.id})`
}

/** Publishes each member's latest draft, with `req`'s transaction; throws ReleaseFailure naming the one that fails. */
async function publishMembers(req: PayloadRequest, members: Member[], asUser: boolean) {
  const { payload } = req
  const published: { slug: GuideCollectionSlug; id: number; name: string }[] = []
  for (const { relationTo: slug, value } of members) {
    const id = typeof value === 'object' ? value.id : value
    const draft = await payload
      .findByID({ collection: slug, id, draft: true, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    if (!draft) throw new ReleaseFailure(`${slug} ${id} no longer exists.`)
    const name = nameOf(payload, slug, draft as unknown as Record<string, unknown>)
    try {
      // Payload publishes the latest version (the draft) with this change merged in.
      await payload.update({
        collection: slug,
        id,
        data: { _status: 'published' } as never,
        depth: 0,
        overrideAccess: !asUser,
        user: req.user,
        req,
      })
    } catch (error) {
      throw new ReleaseFailure(`${name} could not be published: ${reasonOf(error)}`)
    }
    published.push({ slug, id, name })
  }
  return published
}

/**
 * The figure check on the release as a whole: the figures typed in its documents must agree
 * with the figures as they read once all of it is published (read inside the transaction),
 * so an FAQ quoting next year's band passes when the band is in the same release.
 */
async function checkFigures(
  req: PayloadRequest,
  published: { slug: GuideCollectionSlug; id: number; name: string }[],
) {
  const known = await knownFigures(req.payload, req)
  for (const { slug, id, name } of published) {
    const doc = await findPublished(req, slug, id)
    const [first] = disagreementsIn(doc, known)
    if (first) {
      throw new ReleaseFailure(
        `${name}: ${first.field} says ${first.text}, but after this release the ${first.expected.title} ${first.expected.kind} says ${first.expected.text}.`,
      )
    }
  }
}

/**
 * Publishes a release: every member's latest draft in one database transaction (one `req`
 * passed to every update), so the content events of all of them commit together and the
 * site applies them as one notice; readers and API clients see all of it or none. A failure
 * rolls everything back and the release records which document failed and why.
 * `user`: the editor who pressed "Publish release now" (their access applies); none for the
 * scheduled run, which an editor set up.
 */
export async function publishRelease(
  payload: Payload,
  releaseId: number,
  user: (User & { collection: 'users' }) | null,
): Promise<ReleaseOutcome> {
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  await initTransaction(req)
  let release: Release | null = null
  try {
    // One attempt at a time per release: a second (the schedule and a click) waits, then sees it published.
    const db = await transactionDb(req)
    await db.execute(sql`SELECT id FROM releases WHERE id = ${releaseId} FOR UPDATE`)
    release = await payload.findByID({ collection: 'releases', id: releaseId, depth: 0, req })
    if (release.state === 'published')
      throw new ReleaseFailure('This release is already published.')
    req.context.release = { id: release.id, title: release.title }
    const members = (release.documents ?? []) as Member[]
    if (members.length === 0) throw new ReleaseFailure('The release holds no documents.')
    const published = await publishMembers(req, members, user !== null)
    await checkFigures(req, published)
    const message = `Published ${published.length} documents together: ${published.map((p) => p.name).join(', ')}.`
    await payload.update({
      collection: 'releases',
      id: releaseId,
      data: { state: 'published', publishedAt: new Date().toISOString(), outcome: message },
      context: { releaseRun: true },
      req,
    })
    await commitTransaction(req)
    return { ok: true, published: published.length, message }
  } catch (error) {
    await killTransaction(req)
    const failure = error instanceof ReleaseFailure
    const message = failure ? error.message : `The release failed: ${reasonOf(error)}`
    if (!failure) payload.logger.error({ err: error }, `release ${releaseId} failed`)
    if (release && release.state !== 'published') {
      await payload.update({
        collection: 'releases',
        id: releaseId,
        data: { state: 'failed', outcome: `Nothing was published. ${message}` },
        context: { releaseRun: true },
      })
    }
    return { ok: false, message: `Nothing was published. ${message}` }
  }
}
