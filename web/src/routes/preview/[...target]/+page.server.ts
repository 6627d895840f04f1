import { redirect } from '@sveltejs/kit'

import { listOf, withDraft, type PreviewTarget } from '#lib/draft.ts'
import type { Guide } from '#lib/guide.ts'
import { fetchDraft } from '#lib/server/draft.ts'
import { CMS_PUBLIC_URL } from '$app/env/private'
import { getGuide } from '#lib/server/guideStore.ts'
import type { PageServerLoad } from './$types'

/** /preview/<collection>/<id> or /preview/globals/<slug>, as the CMS writes preview links. */
function parseTarget(path: string): PreviewTarget | null {
  const [first, second, extra] = path.split('/')
  if (!first || !second || extra !== undefined) return null
  if (first === 'globals') return { global: second }
  if (!listOf(first)) return null
  return { collection: first, id: /^\d+$/.test(second) ? Number(second) : second }
}

const sameTarget = (a: PreviewTarget, b: PreviewTarget) =>
  'global' in a
    ? 'global' in b && a.global === b.global
    : 'collection' in b && a.collection === b.collection && String(a.id) === String(b.id)

/** The home page section that shows each collection. */
const SECTIONS: Record<string, string> = {
  'salary-bands': 'salaries',
  roles: 'comparison',
  tools: 'core-skills',
  'tool-categories': 'core-skills',
  companies: 'companies',
  'company-groups': 'companies',
}

/** Where readers find the target on the published site. */
function publishedPath(guide: Guide, target: PreviewTarget | null): string {
  if (!target || 'global' in target) return '/'
  if (target.collection === 'career-stages') {
    const stage = guide.stages.find((s) => s.id === target.id)
    return stage ? `/career-path/${stage.slug}` : '/#career-path'
  }
  if (target.collection === 'faqs') {
    const faq = guide.faqs.find((f) => f.id === target.id)
    return faq ? `/#${faq.slug}` : '/#faq'
  }
  return `/#${SECTIONS[target.collection] ?? 'main'}`
}

/**
 * A draft, shown in the site's own layout, for whoever holds a valid preview token (made by
 * the CMS for a signed-in editor). Without one, the visitor is sent to the published page:
 * a preview address alone never shows anything unpublished.
 */
export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
  setHeaders({ 'cache-control': 'private, no-store' })
  const guide = await getGuide()
  const target = parseTarget(params.target)
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
    anchor: publishedPath(withDraft(guide, target, draft.doc), target).split('#')[1] ?? null,
  }
}
