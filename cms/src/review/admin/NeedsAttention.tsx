import type { ServerProps } from 'payload'

import { cachedMismatches } from '../../figures/admin/cachedMismatches'
import {
  type AttentionList,
  draftsInReview,
  failedDeliveries,
  scheduledChanges,
  staleFigures,
} from '../attention'
import { REVIEW } from '../fields'

function Attention({
  id,
  title,
  list,
  empty,
}: {
  id: string
  title: string
  list: AttentionList
  empty: string
}) {
  return (
    <section className="needs-attention__list" aria-labelledby={id} data-attention={id}>
      <h3 id={id}>
        {title}: <span className="needs-attention__count">{list.count}</span>
      </h3>
      {list.count === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {list.items.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.title}</a>
              {item.detail && <span> · {item.detail}</span>}
              {item.diffHref && (
                <>
                  {' '}
                  · <a href={item.diffHref}>Compare with the published version</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {list.allHref && list.count > 0 && <a href={list.allHref}>See all {list.count}</a>}
    </section>
  )
}

/**
 * The first thing on the dashboard: everything waiting for someone, each list with its
 * count and links to where the work is done. Read through the local API as the CMS itself
 * (the dashboard is for signed-in users only, and a count of failed webhooks helps an editor
 * tell an admin even though only admins open the log).
 */
export async function NeedsAttention({ payload }: ServerProps) {
  const [ready, sentBack, scheduled, stale, mismatches, failed] = await Promise.all([
    draftsInReview(payload, REVIEW.ready),
    draftsInReview(payload, REVIEW.sentBack),
    scheduledChanges(payload),
    staleFigures(payload),
    cachedMismatches(payload),
    failedDeliveries(payload),
  ])
  return (
    <section className="needs-attention" aria-labelledby="needs-attention-title">
      <h2 id="needs-attention-title">Needs attention</h2>
      <Attention
        id="attention-review"
        title="Drafts waiting for review"
        list={ready}
        empty="No draft is waiting for review."
      />
      <Attention
        id="attention-sent-back"
        title="Drafts sent back with a comment"
        list={sentBack}
        empty="None."
      />
      <Attention
        id="attention-scheduled"
        title="Scheduled changes"
        list={scheduled}
        empty="Nothing is scheduled."
      />
      <Attention
        id="attention-stale"
        title={`Figures older than twelve months`}
        list={stale}
        empty="Every dated figure is less than twelve months old."
      />
      <Attention
        id="attention-mismatches"
        title="Figures in text that disagree with the data"
        list={{ count: mismatches.length, items: [], allHref: '#figure-mismatches-title' }}
        empty="None."
      />
      <Attention
        id="attention-webhooks"
        title="Webhook deliveries that failed"
        list={failed}
        empty="None."
      />
    </section>
  )
}
