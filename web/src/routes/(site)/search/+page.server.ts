import { error } from '@sveltejs/kit'

import { getSnapshot } from '#lib/server/contentStore.ts'
import { searchGuide } from '#lib/server/search/index.ts'
import { readQuery } from '#lib/server/search/query.ts'
import { subpageSeo } from '#lib/server/seo.ts'
import { searchPageView, searchText, SHOWN_RESULTS } from '#lib/views/searchPage.ts'
import type { PageServerLoad } from './$types'

// `q` is listed in the page cache's key (PAGE_QUERY_PARAMS): no two searches share an answer.
export const load: PageServerLoad = async ({ url, setHeaders }) => {
  const read = readQuery(url.searchParams)
  if ('problem' in read) error(400, read.problem)
  const snapshot = await getSnapshot()
  const { query } = read
  // Anyone can make up searches: their answers are not kept in the page cache, which holds
  // the site's own pages (hooks.server.ts keeps nothing marked private), only in the
  // reader's browser for a minute. The empty form is kept like any page.
  if (url.searchParams.has('q')) setHeaders({ 'cache-control': 'private, max-age=60' })
  const started = performance.now()
  const view = searchPageView(query, query ? searchGuide(snapshot, query, SHOWN_RESULTS) : null)
  // The search's own time (with the index, when new content made one), read by bench:search.
  if (query)
    setHeaders({ 'server-timing': `search;dur=${(performance.now() - started).toFixed(2)}` })
  const guideTitle = snapshot.guide.page.hero.title
  return {
    ...view,
    guideTitle,
    // Every search is the one search page to a search engine.
    seo: subpageSeo(
      guideTitle,
      {
        title: query ? `${query}: ${searchText.title}` : searchText.title,
        description: searchText.description,
      },
      '/search',
    ),
  }
}
