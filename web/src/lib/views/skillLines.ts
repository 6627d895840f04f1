import type { Tool, ToolCategory } from '@mlops-guide/content/types'
import { populated, type Guide } from '#lib/guide.ts'
import { skillPath } from './parts.ts'

/** A piece of a skill line: plain text, or a tool's name linking to its page. */
export type LinePart = { text: string; href: string | null }

/**
 * The core skill whose line names `tool`: the tool itself when it has a line of its own, else
 * the one it is named in, as the guide holds it (at depth 1 a relationship's own
 * relationships are ids: the line's category is read from the guide's copy).
 */
export function lineOwner(tool: Tool, tools: Tool[]): Tool | null {
  if (tool.category) return tool
  const id = namedInId(tool)
  return id == null ? null : (tools.find((t) => t.id === id) ?? null)
}

/** The id of the tool whose line names `tool`, populated or not. */
const namedInId = (tool: Tool) => populated(tool.namedIn)?.id ?? tool.namedIn ?? null

/** The category of a tool: its own, else that of the line naming it ("Pulumi" in Terraform's). */
export const categoryOf = (tool: Tool, tools: Tool[]): ToolCategory | null =>
  populated(lineOwner(tool, tools)?.category)

/**
 * A line as the guide wrote it, with the name of every tool it names linking to that tool's
 * page ("Terraform/Pulumi for IaC": Terraform and Pulumi). A line naming one tool links as a
 * whole. A tool whose name the text does not contain (an editor renamed one) follows the
 * line as its own link, so no tool of the line goes missing.
 */
export function lineParts(text: string, tools: Tool[]): LinePart[] {
  const only = tools[0]
  if (tools.length === 1 && only) return [{ text, href: skillPath(only.slug) }]
  const found: { at: number; length: number; tool: Tool }[] = []
  const missing: Tool[] = []
  for (const tool of tools) {
    const match = [tool.name, tool.shortName]
      .filter((n): n is string => Boolean(n))
      .map((n) => ({ n, at: wordAt(text, n) }))
      .find(({ at }) => at >= 0 && !found.some((f) => at < f.at + f.length && f.at < at + 1))
    if (match) found.push({ at: match.at, length: match.n.length, tool })
    else missing.push(tool)
  }
  found.sort((a, b) => a.at - b.at)
  const parts: LinePart[] = []
  let from = 0
  for (const f of found) {
    if (f.at > from) parts.push({ text: text.slice(from, f.at), href: null })
    parts.push({ text: text.slice(f.at, f.at + f.length), href: skillPath(f.tool.slug) })
    from = f.at + f.length
  }
  if (from < text.length) parts.push({ text: text.slice(from), href: null })
  for (const tool of missing) {
    parts.push({ text: ' · ', href: null }, { text: tool.name, href: skillPath(tool.slug) })
  }
  return parts
}

/** Where `name` occurs in `text` as a whole word (not "Go" in "Google"), or -1. */
function wordAt(text: string, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text)?.index ?? -1
}

/**
 * Core Skills as the guide groups them: each category with its lines, each line with every
 * tool it names (the line's own tool, then those "named in" it, in the editors' order).
 */
export function skillLines(guide: Guide) {
  const tools = guide.docs.tools
  return guide.docs['tool-categories'].map((c) => ({
    slug: c.slug,
    title: c.title,
    skills: tools
      .filter((t) => populated(t.category)?.id === c.id)
      .map((owner) => {
        const named = [owner, ...tools.filter((t) => namedInId(t) === owner.id)]
        const text = owner.skillText || owner.name
        return {
          slug: owner.slug,
          text,
          parts: lineParts(text, named),
          tools: named.map((t) => ({ slug: t.slug, name: t.name, href: skillPath(t.slug) })),
        }
      }),
  }))
}

export type SkillLine = ReturnType<typeof skillLines>[number]['skills'][number]
