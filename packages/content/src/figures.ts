import { formatMoneyShort, formatSalaryRange, formatYears } from './format.ts'

/**
 * Live figures: a figure in the guide's prose that is a reference to structured data (a
 * salary band's range, a role's salary, a stage's years) rather than typed-in text, so it
 * always shows the current published value. In rich text it is an inline block:
 *
 *   { type: 'inlineBlock', fields: { blockType: 'figure',
 *     figure: { relationTo: 'salary-bands', value: 3 }, format: 'range', text: '$120k-$160k' } }
 *
 * `text` is filled in on every read (the CMS's HTML fields show the same); apps that render
 * the Lexical JSON themselves can print it, or format the document with `formatFigure`.
 */
export const FIGURE_BLOCK = 'figure'

/** The collections a figure can point at. */
export const FIGURE_COLLECTIONS = ['salary-bands', 'roles', 'career-stages'] as const
export type FigureCollection = (typeof FIGURE_COLLECTIONS)[number]

export const isFigureCollection = (slug: string): slug is FigureCollection =>
  (FIGURE_COLLECTIONS as readonly string[]).includes(slug)

/** How a figure is written, matching the guide's own style. */
export const FIGURE_FORMATS = {
  range: {
    label: 'Salary range: $120k-$160k ("+" when the top is open-ended: $270k-$380k+)',
    of: 'salary',
  },
  rangePlus: { label: 'Salary range and up: $210k-$270k+', of: 'salary' },
  min: { label: 'Lowest salary: $120k', of: 'salary' },
  max: { label: 'Highest salary: $160k ($380k+ when open-ended)', of: 'salary' },
  years: { label: 'Years of experience: 0-2 years, 8+ years', of: 'years' },
} as const satisfies Record<string, { label: string; of: 'salary' | 'years' }>

export type FigureFormat = keyof typeof FIGURE_FORMATS

export const isFigureFormat = (value: unknown): value is FigureFormat =>
  typeof value === 'string' && Object.hasOwn(FIGURE_FORMATS, value)

/** The fields of a band, role or stage a figure reads (each has some of them). */
export type FigureSource = {
  minSalary?: number | null
  maxSalary?: number | null
  currency?: string | null
  openEnded?: boolean | null
  yearsFrom?: number | null
  yearsTo?: number | null
}

/**
 * The figure as readers see it, or null when the document lacks what the format needs (a
 * salary format on a stage, years on a role): the CMS refuses such a reference on save.
 */
export function formatFigure(source: FigureSource, format: FigureFormat): string | null {
  const { minSalary, maxSalary, currency, openEnded } = source
  if (FIGURE_FORMATS[format].of === 'years') {
    const years = formatYears(source)
    return years ? `${years} years` : null
  }
  if (typeof minSalary !== 'number' || typeof maxSalary !== 'number') return null
  const range = { minSalary, maxSalary, currency, openEnded }
  switch (format) {
    case 'range':
      return formatSalaryRange(range)
    case 'rangePlus':
      return `${formatSalaryRange({ ...range, openEnded: false })}+`
    case 'min':
      return formatMoneyShort(minSalary, currency ?? 'USD')
    case 'max':
      return `${formatMoneyShort(maxSalary, currency ?? 'USD')}${openEnded ? '+' : ''}`
  }
  return null
}

/**
 * The attributes that mark a figure in HTML with what it quotes and how it is written
 * (`data-figure="salary-bands/3" data-figure-format="max"`); null for a format we don't know.
 */
export function figureMarkAttributes(
  target: { collection: FigureCollection; id: number | string },
  format: unknown,
): string | null {
  if (!isFigureFormat(format) || !/^\d+$/.test(String(target.id))) return null
  return `data-figure="${target.collection}/${target.id}" data-figure-format="${format}"`
}

// The marks are the CMS's own output (figureMarkAttributes around escaped text), one fixed
// shape, so a pattern finds them; an HTML parser would be a dependency for no gain.
const MARKED_FIGURE =
  /<span data-figure="([a-z-]+)\/(\d+)" data-figure-format="([A-Za-z]+)">[^<]*<\/span>/g

const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * HTML with every marked figure that quotes this document showing `source`'s value (a draft
 * being previewed); other figures, and one whose format `source` can't give, stay as they are.
 */
export function withFigureValues(
  html: string,
  document: { collection: FigureCollection; id: number | string },
  source: FigureSource,
): string {
  return html.replace(MARKED_FIGURE, (marked, collection, id, format) => {
    if (collection !== document.collection || id !== String(document.id)) return marked
    const text = isFigureFormat(format) ? formatFigure(source, format) : null
    return text === null ? marked : marked.replace(/>[^<]*</, `>${escapeText(text)}<`)
  })
}
