import type { PayloadRequest } from 'payload'

import { isFigureCollection } from '@mlops-guide/content/figures'

import { shownElsewhere } from '../track'

type Props = { collectionSlug?: string; id?: number | string; req?: PayloadRequest }

/**
 * "Referred to in": before an editor publishes a new figure, the texts that quote it and the
 * documents that show it (a stage's band), each linking to its document. Deleting or
 * unpublishing is refused while this list is not empty (track.ts). Below it, "Publishing
 * changes" (WillChangeList.tsx) names the pages and API answers publishing will alter.
 */
export async function ReferredTo({ collectionSlug, id, req }: Props) {
  if (!req || id == null || !collectionSlug || !isFigureCollection(collectionSlug)) return null
  const referrers = await shownElsewhere(req, collectionSlug, id)
  return (
    <div className="referred-to field-type">
      <h3 className="referred-to__title">Referred to in</h3>
      {referrers.length === 0 ? (
        <p className="referred-to__none">
          No text quotes these figures and no page shows this yet.
        </p>
      ) : (
        <>
          <p className="referred-to__hint">
            Publishing a change here changes these too, without new versions of them.
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
