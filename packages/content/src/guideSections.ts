import type { GuidePage } from './payload-types.ts'

/**
 * A rich text field of the guide page as each reader holds it: the editor's Lexical JSON (the
 * CMS reads it with Lexical's plain-text converter) and its HTML twin (what the site loads).
 */
export type RichTextField = { json: unknown; html: string | null | undefined }

/** A rich text field's words, as the reader's own converter gives them. */
export type ReadRichText = (field: RichTextField) => string

/** The parts of the guide page a section's words come from. */
export type GuideSectionsSource = Pick<
  GuidePage,
  | 'hero'
  | 'why'
  | 'what'
  | 'comparison'
  | 'skills'
  | 'careerPath'
  | 'companies'
  | 'salaries'
  | 'nextSteps'
>

export type GuideSection = {
  /** The section's id on the home page (HomePage.svelte), `hero` for the first screen. */
  slug: GuideSectionSlug
  title: string
  /** Its words besides the heading, as plain text. */
  text: string
  /** Where the site shows it: the home page, at the section's anchor. */
  path: string
}

/** Parts as sentences: each ends with its own stop, or gets one. */
export const sentences = (...parts: (string | null | undefined)[]) =>
  parts
    .map((p) => p?.trim())
    .filter((p) => p)
    .map((p) => (/[.!?:…]$/.test(p!) ? p : `${p}.`))
    .join(' ')

type Section = Omit<GuideSection, 'slug' | 'path'>

/**
 * The guide page's own text by the home page section that shows it, in page order: the one
 * list the site's search (web/src/lib/server/search) and the CMS's MCP server (search_guide,
 * get_guide_section) both read, so a section is found at the same anchor in both.
 */
const SECTIONS = {
  hero: (p, _rich) => ({ title: p.hero.title, text: p.hero.subtitle }),
  why: (p, rich) => ({
    title: p.why.heading,
    text: rich({ json: p.why.body, html: p.why.bodyHtml }),
  }),
  what: (p) => ({
    title: p.what.heading,
    text: sentences(
      p.what.intro,
      ...p.what.responsibilities.map((r) => `${r.title}: ${r.description}`),
    ),
  }),
  comparison: (p) => ({ title: p.comparison.heading, text: p.comparison.intro ?? '' }),
  'core-skills': (p) => ({ title: p.skills.heading, text: p.skills.intro ?? '' }),
  'career-path': (p) => ({ title: p.careerPath.heading, text: p.careerPath.intro ?? '' }),
  companies: (p, rich) => ({
    title: p.companies.heading,
    text: rich({ json: p.companies.footnote, html: p.companies.footnoteHtml }),
  }),
  salaries: (p, rich) => ({
    title: p.salaries.heading,
    text: rich({ json: p.salaries.footnote, html: p.salaries.footnoteHtml }),
  }),
  'next-steps': (p) => ({
    title: p.nextSteps.heading,
    text: sentences(...(p.nextSteps.links ?? []).map((l) => `${l.label}: ${l.description}`)),
  }),
} satisfies Record<string, (page: GuideSectionsSource, rich: ReadRichText) => Section>

export type GuideSectionSlug = keyof typeof SECTIONS
export const GUIDE_SECTION_SLUGS = Object.keys(SECTIONS) as GuideSectionSlug[]

/** The home page's address of a section: the page itself for its first screen. */
export const guideSectionPath = (slug: GuideSectionSlug) => (slug === 'hero' ? '/' : `/#${slug}`)

/** Every section of the guide page, in page order, its rich text read by `rich`. */
export const guideSections = (page: GuideSectionsSource, rich: ReadRichText): GuideSection[] =>
  GUIDE_SECTION_SLUGS.map((slug) => ({
    slug,
    ...SECTIONS[slug](page, rich),
    path: guideSectionPath(slug),
  }))
