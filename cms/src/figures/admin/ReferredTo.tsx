import type { PayloadRequest } from 'payload'

import { isFigureCollection } from '@mlops-guide/content/figures'

import { referrersOf } from '../track'

type Props = { collectionSlug?: string; id?: number | string; req?: PayloadRequest }

/**
 * "Referred to in": before an editor publishes a new figure, the pages whose text will
 * change with it, each linking to its document.
 */
export async function ReferredTo({ collectionSlug, id, req }: Props) {
  if (!req || id == null || !collectionSlug || !isFigureCollection(collectionSlug)) return null
  const referrers = await referrersOf(req, collectionSlug, id)
  return (
    <div className="referred-to field-type">
      <h3 className="referred-to__title">Referred to in</h3>
      {referrers.length === 0 ? (
        <p className="referred-to__none">No text quotes these figures yet.</p>
      ) : (
        <>
          <p className="referred-to__hint">
            Publishing a change here changes these texts too, without new versions of them.
          </p>
          <ul>
            {referrers.map((r) => (
              <li key={`${r.source}|${r.field}`}>
                <a href={r.adminUrl}>{r.title}</a>{' '}
                <span className="referred-to__field">({r.field})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
