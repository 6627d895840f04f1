import type { ServerProps } from 'payload'

import { unrenderableReasons } from '@mlops-guide/content/renderable'

/**
 * On the dashboard, only when it applies: the published content is something the site
 * refuses to render (the rule in packages/content/src/renderable.ts, the one the site
 * applies before taking a new copy), so readers are still shown the last good copy. The
 * content is read as readers read it: anonymously, published only.
 */
export async function UnrenderableContent({ payload }: ServerProps) {
  const asReader = { depth: 0, overrideAccess: false } as const
  // The globals only: the Local API always answers a collection with a list.
  const [page, settings] = await Promise.all([
    payload.findGlobal({ slug: 'guide-page', ...asReader }),
    payload.findGlobal({ slug: 'site-settings', ...asReader }),
  ])
  const reasons = unrenderableReasons({ page, settings })
  if (reasons.length === 0) return null
  return (
    <section className="unrenderable-content" role="alert" aria-labelledby="unrenderable-title">
      <h2 id="unrenderable-title">The site cannot render the published content</h2>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p>
        Readers see the last good copy until this is fixed: publish the guide page and the site
        settings (Publish, not Save draft).
      </p>
    </section>
  )
}
