import type { PayloadRequest } from 'payload'

import { type GlobalSlug, isCollectionSlug } from '@mlops-guide/content/collections'
import type { PreviewTarget } from '@mlops-guide/content/preview'

import { type ChangedPage, willChange } from '../willChange'

type Props = {
  collectionSlug?: string
  id?: number | string
  req?: PayloadRequest
  /** Given by a global's field (Payload names no global to a field component). */
  global?: GlobalSlug
}

const targetOf = ({ collectionSlug, id, global }: Props): PreviewTarget | null =>
  global
    ? { global }
    : collectionSlug && isCollectionSlug(collectionSlug) && id != null
      ? { collection: collectionSlug, id: Number(id) }
      : null

const PageLink = ({ page }: { page: ChangedPage }) => (
  <li>
    <a href={page.href} target="_blank" rel="noopener noreferrer">
      {page.path}
    </a>
    {page.preview ? ' (preview)' : page.why ? ` (no preview: ${page.why})` : ''}
  </li>
)

/**
 * "Publishing changes", in the sidebar of every document of the guide: every site page and
 * API answer this draft will alter once published (willChange.ts), each page linking to the
 * draft's preview of it; the pages of a `[slug]` route that all change, folded under it.
 */
export async function WillChangeList(props: Props) {
  const target = targetOf(props)
  if (!props.req || !target) return null
  const { pages, api } = await willChange(props.req, target)
  const routes = [...new Set(pages.flatMap((p) => (p.every ? [p.every] : [])))]
  return (
    <div className="will-change field-type">
      <h3 className="referred-to__title">Publishing changes</h3>
      <p className="referred-to__hint">Site pages:</p>
      <ul className="will-change__pages">
        {pages
          .filter((page) => !page.every)
          .map((page) => (
            <PageLink key={page.path} page={page} />
          ))}
        {routes.map((route) => {
          const each = pages.filter((p) => p.every === route)
          return (
            <li key={route}>
              <details>
                <summary>
                  <code>{route}</code>: every such page ({each.length})
                </summary>
                <ul>
                  {each.map((page) => (
                    <PageLink key={page.path} page={page} />
                  ))}
                </ul>
              </details>
            </li>
          )
        })}
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
