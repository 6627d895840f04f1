import type { PreviewTarget } from '@mlops-guide/content/preview'
import { CMS_INTERNAL_URL } from '$app/env/private'

export type Draft = {
  target: PreviewTarget
  doc: { id: number | string } & Record<string, unknown>
}

/**
 * The draft a preview token names, from the CMS (which checks the token and reads with the
 * access of the editor it was made for); null when the token is invalid or expired.
 */
export async function fetchDraft(token: string): Promise<Draft | null> {
  const url = `${CMS_INTERNAL_URL}/api/preview-draft?token=${encodeURIComponent(token)}`
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
  if (res.status === 401 || res.status === 404) return null
  if (!res.ok) throw new Error(`CMS answered ${res.status} for a preview`)
  return (await res.json()) as Draft
}
