import type { Tool } from '@mlops-guide/content/types'

import { populated, type Guide } from '#lib/guide.ts'
import { skillPath } from './parts.ts'
import { categoryOf, lineOwner, skillLines } from './skillLines.ts'

const listed = (t: Tool) => ({ slug: t.slug, name: t.name, href: skillPath(t.slug) })

/**
 * /skills: every skill category with its lines as the guide groups them (every tool a line
 * names under its category), then the tools no line names.
 */
export function skillsIndexView(guide: Guide) {
  return {
    text: guide.settings.skillsPage,
    guideTitle: guide.page.hero.title,
    heading: guide.page.skills.heading,
    intro: guide.page.skills.intro ?? '',
    categories: skillLines(guide),
    otherTools: guide.docs.tools.filter((t) => !categoryOf(t, guide.docs.tools)).map(listed),
  }
}
export type SkillsIndexView = ReturnType<typeof skillsIndexView>

/**
 * /skills/<slug>: one skill or tool, its category, the career stages whose key skills name
 * it and the roles whose key tools do, with its neighbours in the guide's order; null when
 * there is no such tool.
 */
export function skillPageView(guide: Guide, slug: string) {
  const { docs } = guide
  const tools = docs.tools
  const index = tools.findIndex((t) => t.slug === slug)
  const tool = tools[index]
  if (!tool) return null
  const names = (list: (number | Tool)[] | null | undefined) =>
    (list ?? []).some((t) => populated(t)?.id === tool.id)
  const category = categoryOf(tool, tools)
  const owner = lineOwner(tool, tools)
  const neighbour = (i: number) => {
    const t = tools[i]
    return t ? { title: t.name, href: skillPath(t.slug) } : null
  }
  return {
    text: guide.settings.skillsPage,
    guideTitle: guide.page.hero.title,
    tool: { slug: tool.slug, name: tool.name, skillText: owner?.skillText ?? null },
    category: category ? { slug: category.slug, title: category.title } : null,
    stages: docs['career-stages']
      .filter((s) => names(s.keySkills))
      .map((s) => ({ title: s.title, href: `/career-path/${s.slug}` })),
    roles: docs.roles
      .filter((r) => names(r.keyTools))
      .map((r) => ({ name: r.name, href: `/salaries#role-${r.slug}` })),
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
  }
}
export type SkillPageView = NonNullable<ReturnType<typeof skillPageView>>
