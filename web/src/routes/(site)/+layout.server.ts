import { getGuide } from '#lib/server/contentStore.ts'
import { siteChromeView } from '#lib/views/siteChrome.ts'
import { CMS_PUBLIC_URL, WEB_PUBLIC_URL } from '$app/env/private'
import type { LayoutServerLoad } from './$types'

export const load: LayoutServerLoad = async ({ url }) => ({
  chrome: siteChromeView(await getGuide(), `${CMS_PUBLIC_URL}/api/docs`),
  path: url.pathname,
  siteUrl: WEB_PUBLIC_URL,
})
