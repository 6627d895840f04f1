'use client'

import { FieldLabel, useFormFields } from '@payloadcms/ui'

import { useFigureText, type FigureValue } from './useFigureText'

/**
 * The Figure drawer's "Readers see": what the site will show for the figure and format picked
 * so far, updated as soon as both are chosen (not only after the document is saved).
 */
export function ReadersSee() {
  const figure = useFormFields(([fields]) => fields.figure?.value) as FigureValue
  const format = useFormFields(([fields]) => fields.format?.value)
  const saved = useFormFields(([fields]) => fields.text?.value)
  const text = useFigureText(figure, format) ?? (typeof saved === 'string' ? saved : '')
  return (
    <div className="field-type text read-only">
      <FieldLabel label="Readers see" path="text" />
      <output className="figure-readers-see" aria-live="polite">
        {text || 'Pick a published band, role or stage and a format'}
      </output>
    </div>
  )
}
