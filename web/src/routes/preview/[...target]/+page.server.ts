import {
  parsePreviewPath,
  readPreviewPage,
  sameTarget,
  type PreviewTarget,
} from '@mlops-guide/content/preview'
import { redirect } from '@sveltejs/kit'

import type { Guide } from '#lib/guide.ts'
import { withDraft } from '#lib/previewDraft.ts'
import { publishedPath } from '#lib/views/publishedAt.ts'
import { getGuide } from '#lib/server/contentStore.ts'
import { fetchDraft } from '#lib/server/fetchDraft.ts'
import { CMS_PUBLIC_URL } from '$app/env/private'
import type { PageServerLoad } from './$types'

/** Where the published site shows the document a preview is of. */
const publishedAtOf = (guide: Guide, target: PreviewTarget | null) =>
  publishedPath(
    guide,
    target && 'collection' in target
      ? { kind: 'collection', slug: target.collection, id: Number(target.id) }
      : null,
  )

/**
 * A draft, shown in the site's own layout, for whoever holds a valid preview token (made by
 * the CMS for a signed-in editor), on the page `?page=` names (any page a preview can show)
 * or else where readers will find it. Without a token, the visitor is sent to that published
 * page: a preview address alone never shows anything unpublished.
 */
export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
  setHeaders({ 'cache-control': 'private, no-store' })
  const guide = await getGuide()
  const target = parsePreviewPath(params.target)
  const token = url.searchParams.get('token')
  const draft = target && token ? await fetchDraft(token) : null
  const page = readPreviewPage(url.searchParams.get('page'))
  if (!target || !draft || !sameTarget(draft.target, target)) {
    redirect(303, page?.path ?? publishedAtOf(guide, target))
  }
  return {
    target,
    page,
    exportsUrl: `${CMS_PUBLIC_URL}/api/exports`,
    doc: draft.doc,
    guide,
    cmsUrl: CMS_PUBLIC_URL,
    apiDocsUrl: `${CMS_PUBLIC_URL}/api/docs`,
    // A page asked for by name opens at its top; the draft's own page at the draft.
    anchor: page
      ? null
      : (publishedAtOf(withDraft(guide, target, draft.doc), target).split('#')[1] ?? null),
  }
}
