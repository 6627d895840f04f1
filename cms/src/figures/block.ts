import type { Block, FieldHook, Validate } from 'payload'

import {
  FIGURE_BLOCK,
  FIGURE_COLLECTIONS,
  FIGURE_FORMATS,
  type FigureFormat,
  isFigureFormat,
} from '@mlops-guide/content/figures'

import { FIGURE_DOCUMENT_NAMES, figureTarget, figureText, publishedSource } from './resolve'

type FigureFields = { figure?: unknown; format?: unknown; text?: unknown }

/** The document must be published: readers would otherwise meet a figure that is not there. */
const validateFigure: Validate = async (value, { req }) => {
  if (value == null) return 'Choose the salary band, role or career stage this figure shows.'
  const target = figureTarget(value)
  if (!target) return 'A figure points at a salary band, a role or a career stage.'
  const source = await publishedSource(req, target).catch(() => null)
  if (!source)
    return `There is no published ${FIGURE_DOCUMENT_NAMES[target.collection]} with id ${target.id}: publish it first.`
  return true
}

/** Years only for what has years, salaries only for what has a salary. */
const validateFormat: Validate<unknown, unknown, FigureFields> = async (
  value,
  { req, siblingData },
) => {
  if (!isFigureFormat(value)) {
    return `Choose one of: ${Object.keys(FIGURE_FORMATS).join(', ')}.`
  }
  const target = figureTarget(siblingData?.figure)
  if (!target) return true // the figure field reports that
  const text = await figureText(req, { figure: siblingData?.figure, format: value }).catch(
    () => null,
  )
  if (text !== null) return true
  const needs =
    FIGURE_FORMATS[value as FigureFormat].of === 'years' ? 'years of experience' : 'a salary'
  return `This format needs ${needs}, which the chosen ${FIGURE_DOCUMENT_NAMES[target.collection]} does not have.`
}

/** What readers see now, for the editor and for apps that render the JSON themselves. */
const currentText: FieldHook = async ({ req, siblingData, value }) =>
  (await figureText(req, siblingData as FigureFields).catch(() => null)) ?? value

/**
 * The inline "Figure" element of the rich-text editor: a salary band's range (or one end of
 * it), a role's salary or a stage's years, written the way the guide writes figures. It
 * always shows the published value (resolve.ts); `text` keeps the value at the last save, so
 * a figure whose document vanished anyway still reads as it did.
 */
export const FigureBlock: Block = {
  slug: FIGURE_BLOCK,
  interfaceName: 'FigureElement',
  labels: { singular: 'Figure', plural: 'Figures' },
  admin: { components: { Block: '/figures/admin/FigureChip#FigureChip' } },
  fields: [
    {
      name: 'figure',
      label: 'Figure of',
      type: 'relationship',
      relationTo: [...FIGURE_COLLECTIONS],
      required: true,
      // The id stays an id in the JSON; `text` carries the value.
      maxDepth: 0,
      validate: validateFigure,
      admin: {
        description: 'The salary band, role or career stage whose figure this is.',
        // Quote what exists; a new band is made in its own list, with its source.
        allowCreate: false,
      },
    },
    {
      name: 'format',
      type: 'select',
      required: true,
      defaultValue: 'range',
      options: Object.entries(FIGURE_FORMATS).map(([value, { label }]) => ({ value, label })),
      validate: validateFormat,
    },
    {
      name: 'text',
      label: 'Readers see',
      type: 'text',
      admin: {
        readOnly: true,
        description: 'It follows every later change to the data.',
        // Shown as soon as a figure and format are picked, before any save.
        components: { Field: '/figures/admin/ReadersSee#ReadersSee' },
      },
      hooks: { beforeChange: [currentText], afterRead: [currentText] },
    },
  ],
}
