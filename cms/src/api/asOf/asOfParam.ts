import type { SanitizedConfig } from 'payload'

import type { Route } from '../requestChecks/routes'
import { problem, quote } from '../requestChecks/problem'

/** An ISO 8601 date, or date and time with a zone (`Z` or `±hh:mm`): nothing a reader could take two ways. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/

/**
 * How long after a moment its published content can still change: a write's versions are
 * stamped when it starts and seen when it commits. An asOf older than this is final.
 */
export const SETTLE_MS = 60_000

/**
 * `asOf`, checked before Payload runs: a past ISO time, on a read of a collection's list, one
 * of its documents, or a global (the reads the published versions can answer). Anything else
 * is a 400 naming the parameter, never a silently current answer.
 */
export function checkAsOf(
  query: Record<string, unknown>,
  route: Route,
  config: SanitizedConfig,
  segments: string[],
): Date | null {
  const value = query.asOf
  if (value === undefined) return null
  if (typeof value !== 'string' || !ISO_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw problem(
      400,
      'asOf',
      `must be an ISO 8601 time, e.g. 2026-12-01T00:00:00Z (got ${quote(value)})`,
    )
  }
  const at = new Date(value)
  if (at.getTime() > Date.now()) {
    throw problem(
      400,
      'asOf',
      `is in the future (${at.toISOString()}): nothing is published then yet`,
    )
  }
  const [first, second] = segments
  const entity =
    first === 'globals'
      ? config.globals.find((g) => g.slug === second)
      : config.collections.find((c) => c.slug === first)
  if (!entity?.versions || !entity.versions.drafts) {
    throw problem(
      400,
      'asOf',
      `${first === 'globals' ? second : first} keeps no published versions`,
    )
  }
  if (route.pattern !== '/' && route.pattern !== '/:id') {
    throw problem(400, 'asOf', 'answers only a list, a document or a global')
  }
  if (query.depth !== undefined && String(query.depth) !== '0') {
    throw problem(
      400,
      'depth',
      'must be 0 with asOf: relationships are ids, each read with the same asOf',
    )
  }
  for (const name of ['draft', 'populate', 'joins']) {
    if (query[name] !== undefined) throw problem(400, name, 'cannot be used with asOf')
  }
  return at
}
