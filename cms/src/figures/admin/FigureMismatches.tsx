import type { ServerProps } from 'payload'

import { cachedMismatches } from './cachedMismatches'

/**
 * On the dashboard: every figure typed as text that contradicts the data, each linking to
 * its document. Figures inserted as Figure elements always agree, so they never appear.
 */
export async function FigureMismatches({ payload }: ServerProps) {
  const mismatches = await cachedMismatches(payload)
  return (
    <section className="figure-mismatches" aria-labelledby="figure-mismatches-title">
      <h2 id="figure-mismatches-title">Figures in text that disagree with the data</h2>
      {mismatches.length === 0 ? (
        <p>None: every salary and years figure typed in the text agrees with the data.</p>
      ) : (
        <ul>
          {mismatches.map((m, i) => (
            <li key={i}>
              <a href={m.document.adminUrl}>{m.document.title}</a>{' '}
              <span className="figure-mismatches__field">({m.field})</span> says{' '}
              <strong>{m.text}</strong>; the {m.expected.title} {m.expected.kind} says{' '}
              <strong>{m.expected.text}</strong>. Replace it with a Figure element to keep it in
              step.
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
