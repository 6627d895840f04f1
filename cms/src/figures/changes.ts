import type { FigureDiff } from '@mlops-guide/content/changes'
import {
  type FigureCollection,
  type FigureSource,
  formatFigure,
} from '@mlops-guide/content/figures'

type Fields = FigureSource & Record<string, unknown>

/** The figures of each kind of document, as readers see them and as the guide names them. */
const FIGURES: Record<
  FigureCollection,
  { name: string; show: (fields: Fields) => string | null }[]
> = {
  'salary-bands': [
    { name: 'Base salary', show: (v) => formatFigure(v, 'range') },
    { name: 'Years of experience', show: (v) => formatFigure(v, 'years') },
  ],
  roles: [{ name: 'Typical salary', show: (v) => formatFigure(v, 'range') }],
  'career-stages': [{ name: 'Years of experience', show: (v) => formatFigure(v, 'years') }],
}

/**
 * The figures that differ between two published versions of a band, role or stage (the
 * record of changes, events/changeRecord.ts). A first publication is no change from anything.
 */
export function figureDiffs(
  collection: FigureCollection,
  previous: Fields | null,
  now: Fields,
): FigureDiff[] {
  if (!previous) return []
  return FIGURES[collection].flatMap(({ name, show }) => {
    const [was, is] = [show(previous), show(now)]
    return was === is ? [] : [{ figure: name, old: was ?? '—', new: is ?? '—' }]
  })
}

/** The figures a version of a band, role or stage shows, as text would quote them. */
export const figureTexts = (collection: FigureCollection, fields: Fields): string[] =>
  FIGURES[collection].flatMap(({ show }) => show(fields) ?? [])
