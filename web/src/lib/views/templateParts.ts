/** A piece of an editor's template: plain text, or the place of one of its `{name}`s. */
export type TemplatePart = { text: string } | { name: string }

/**
 * An editor's template cut at its `{name}` placeholders, for a page that puts an element (a
 * link, a time) in each place: `fill` (stagePay.ts) fills in text only. A name not listed
 * stays text, as the editor wrote it.
 */
export function templateParts(template: string, names: readonly string[]): TemplatePart[] {
  const parts: TemplatePart[] = []
  let rest = 0
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (!names.includes(match[1]!)) continue
    if (match.index > rest) parts.push({ text: template.slice(rest, match.index) })
    parts.push({ name: match[1]! })
    rest = match.index + match[0].length
  }
  if (rest < template.length) parts.push({ text: template.slice(rest) })
  return parts
}
