'use client'

import { useEffect, useState } from 'react'

import { formatFigure, isFigureFormat } from '@mlops-guide/content/figures'

/** A Figure element's "Figure of" value as the admin's form holds it. */
export type FigureValue = { relationTo?: unknown; value?: unknown } | null | undefined

/**
 * What readers will see for a figure of `figure` in `format`: the document's published value,
 * asked of the API as soon as both are picked (the server fills the element's `text` only when
 * the document is saved). Null while either is missing or the document is not published.
 */
export function useFigureText(figure: FigureValue, format: unknown): string | null {
  const collection = typeof figure?.relationTo === 'string' ? figure.relationTo : null
  const raw = figure?.value
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : raw
  const [text, setText] = useState<string | null>(null)

  useEffect(() => {
    if (!collection || id == null || id === '' || !isFigureFormat(format)) return setText(null)
    const controller = new AbortController()
    fetch(`/api/${collection}/${encodeURIComponent(String(id))}?depth=0`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((res) => (res.ok ? res.json() : null))
      .then((doc) => setText(doc?._status === 'published' ? formatFigure(doc, format) : null))
      .catch(() => {})
    return () => controller.abort()
  }, [collection, id, format])

  return text
}
