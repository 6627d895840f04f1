import { getGuide } from '#lib/server/contentStore.ts'
import { subpageSeo } from '#lib/server/seo.ts'
import { shareCardAlt } from '#lib/server/shareCards/cards.ts'
import { datasetJsonLd } from '#lib/server/structuredData.ts'
import { salariesPageView } from '#lib/views/salariesPage.ts'
import { CMS_PUBLIC_URL } from '$app/env/private'
import type { PageServerLoad } from './$types'

export const load: PageServerLoad = async () => {
  const guide = await getGuide()
  const view = salariesPageView(guide, `${CMS_PUBLIC_URL}/api/exports`)
  const pageSeo = subpageSeo(
    guide.page.hero.title,
    view.text,
    '/salaries',
    shareCardAlt(guide, '/salaries'),
  )
  return {
    ...view,
    seo: pageSeo,
    datasetJsonLd: datasetJsonLd(view, pageSeo.canonical),
  }
}
