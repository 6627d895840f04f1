import type { TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

import {
  matchSitePath,
  redirectFromProblem,
  type PageCollection,
} from '@mlops-guide/content/site-routes'

/**
 * A redirect's "from": a stage or skill page's address (redirectFromProblem) that is not a
 * current page's, since the site follows a redirect only where no page answers.
 */
export const fromRule: TextFieldSingleValidation = async (value, options) => {
  // A custom validate replaces Payload's (required): run it first.
  const base = (text as TextFieldSingleValidation)(value, options)
  if (base !== true || !value) return base
  const problem = redirectFromProblem(value)
  if (problem) return problem
  const { collection, slug } = matchSitePath(value) as { collection: PageCollection; slug: string }
  const { req } = options
  const current = await req.payload.find({
    collection,
    where: { slug: { equals: slug }, _status: { equals: 'published' } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const page = current.docs[0] as { title?: string; name?: string } | undefined
  return page
    ? `${value} is the address of "${page.title ?? page.name}", a current page: readers would never be redirected from it`
    : true
}
