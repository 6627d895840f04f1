/**
 * Figures written as plain text: "$120k-$160k", "$270k-$380k+", "0-2 years", "8+ years".
 * The seed turns those that match structured data into figure elements (seed/figures.ts);
 * the consistency check lists those that contradict it (consistency.ts).
 */
export type Mention =
  | { kind: 'salary'; text: string; start: number; min: number; max: number; plus: boolean }
  | { kind: 'years'; text: string; start: number; from: number; to: number | null }

// Thousands with an optional decimal ("$123.5k"); a hyphen or en dash between the two ends.
const SALARY = /\$(\d{1,4}(?:\.\d)?)k\s?[-–]\s?\$(\d{1,4}(?:\.\d)?)k(\+)?/g
const YEARS = /\b(\d{1,2})(?:\s?[-–]\s?(\d{1,2})|(\+))\s?years?\b/g

const thousands = (s: string) => Math.round(Number(s) * 1000)

export function mentionsIn(text: string): Mention[] {
  const found: Mention[] = []
  for (const m of text.matchAll(SALARY)) {
    found.push({
      kind: 'salary',
      text: m[0],
      start: m.index,
      min: thousands(m[1]!),
      max: thousands(m[2]!),
      plus: m[3] === '+',
    })
  }
  for (const m of text.matchAll(YEARS)) {
    found.push({
      kind: 'years',
      text: m[0],
      start: m.index,
      from: Number(m[1]),
      to: m[2] === undefined ? null : Number(m[2]),
    })
  }
  return found.sort((a, b) => a.start - b.start)
}
