import type { PayloadRequest } from 'payload'

import type { GuideCollectionSlug } from '@mlops-guide/content/collections'

import { willChange } from '../willChange'

type Props = { collection: GuideCollectionSlug; id: number; req: PayloadRequest }

/**
 * "Publishing changes": every site page and API answer this draft will alter once published
 * (willChange.ts), the previewed page linking to the preview of the draft.
 */
export async function WillChangeList({ collection, id, req }: Props) {
  const { pages, api } = await willChange(req, collection, id)
  return (
    <div className="will-change">
      <h3 className="referred-to__title">Publishing changes</h3>
      <p className="referred-to__hint">Site pages:</p>
      <ul className="will-change__pages">
        {pages.map(({ path, href, preview }) => (
          <li key={path}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {path}
              </a>
            ) : (
              <code>{path}</code>
            )}
            {preview ? ' (preview)' : path.includes('[') ? ' (every such page)' : ''}
          </li>
        ))}
      </ul>
      <p className="referred-to__hint">API answers:</p>
      <ul className="will-change__api">
        {api.map((path) => (
          <li key={path}>
            <a href={path} target="_blank" rel="noopener noreferrer">
              {path}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
