import type { CollectionSlug } from '@mlops-guide/content'
import { parsePreviewPath, sameTarget, type PreviewTarget } from '@mlops-guide/content/preview'
import { redirect } from '@sveltejs/kit'

import type { Guide } from '#lib/guide.ts'
import { withDraft } from '#lib/previewDraft.ts'
import { getGuide } from '#lib/server/contentStore.ts'
import { fetchDraft } from '#lib/server/fetchDraft.ts'
import { CMS_PUBLIC_URL } from '$app/env/private'
import type { PageServerLoad } from './$types'

const inList = (list: { id: number; slug: string }[], id: number | string) =>
  list.find((d) => d.id === id)

/** Where readers find a document of each collection on the published site. */
const PUBLISHED_AT = {
  'career-stages': (guide, id) => {
    const stage = inList(guide.docs['career-stages'], id)
    return stage ? `/career-path/${stage.slug}` : '/#career-path'
  },
  faqs: (guide, id) => {
    const faq = inList(guide.docs.faqs, id)
    return faq ? `/#${faq.slug}` : '/#faq'
  },
  'salary-bands': () => '/#salaries',
  roles: () => '/#comparison',
  tools: (guide, id) => {
    const tool = inList(guide.docs.tools, id)
    return tool ? `/skills/${tool.slug}` : '/skills'
  },
  'tool-categories': () => '/#core-skills',
  companies: () => '/#companies',
  'company-groups': () => '/#companies',
} satisfies Record<CollectionSlug, (guide: Guide, id: number | string) => string>

function publishedPath(guide: Guide, target: PreviewTarget | null): string {
  if (!target || 'global' in target) return '/'
  return PUBLISHED_AT[target.collection](guide, target.id)
}

/**
 * A draft, shown in the site's own layout, for whoever holds a valid preview token (made by
 * the CMS for a signed-in editor). Without one, the visitor is sent to the published page:
 * a preview address alone never shows anything unpublished.
 */
export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
  setHeaders({ 'cache-control': 'private, no-store' })
  const guide = await getGuide()
  const target = parsePreviewPath(params.target)
  const token = url.searchParams.get('token')
  const draft = target && token ? await fetchDraft(token) : null
  if (!target || !draft || !sameTarget(draft.target, target)) {
    redirect(303, publishedPath(guide, target))
  }
  return {
    target,
    doc: draft.doc,
    guide,
    cmsUrl: CMS_PUBLIC_URL,
    apiDocsUrl: `${CMS_PUBLIC_URL}/api/docs`,
    anchor: publishedPath(withDraft(guide, target, draft.doc), target).split('#')[1] ?? null,
  }
}
