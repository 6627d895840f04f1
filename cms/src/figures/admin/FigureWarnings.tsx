'use client'

import { toast, useAllFormFields, useDocumentInfo, useFormProcessing } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useRef, useState } from 'react'

type Disagreement = {
  field: string
  text: string
  expected: { title: string; kind: string; text: string }
}

const describe = (d: Disagreement) =>
  `"${d.text}" (${d.field}): the ${d.expected.title} ${d.expected.kind} says ${d.expected.text}`

/**
 * Next to the save controls: a warning while the text states a figure that contradicts the
 * data, and a toast when such a text is saved. It never blocks the save.
 */
export function FigureWarnings() {
  const [fields] = useAllFormFields()
  const saving = useFormProcessing()
  const { lastUpdateTime } = useDocumentInfo()
  const [found, setFound] = useState<Disagreement[]>([])
  const seenSave = useRef(lastUpdateTime)
  // Autosave saves every few seconds: the toast speaks once per new set of disagreements.
  const toasted = useRef('')

  useEffect(() => {
    // Not while a save or publish is under way: the check would compete with it (and with the
    // site's refetch of what it publishes) for the same CMS, and its answer would be about a
    // form the save is replacing. The check runs once the save is done (bench:admin-publish).
    if (saving) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch('/api/figure-check', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: reduceFieldsToValues(fields, true) }),
        signal: controller.signal,
      })
        .then((res) => (res.ok ? res.json() : { disagreements: [] }))
        .then((body: { disagreements: Disagreement[] }) => setFound(body.disagreements))
        .catch(() => {})
    }, 600)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [fields, saving])

  useEffect(() => {
    if (lastUpdateTime === seenSave.current) return
    seenSave.current = lastUpdateTime
    const message = found.map(describe).join('; ')
    if (message && message !== toasted.current) {
      const what = found.length === 1 ? 'a figure disagrees' : `${found.length} figures disagree`
      toast.warning(`Saved, but ${what} with the data: ${message}`)
    }
    toasted.current = message
  }, [lastUpdateTime, found])

  if (!found.length) return null
  return (
    <p className="figure-warnings" role="status">
      ⚠ {found.length === 1 ? 'A figure disagrees' : `${found.length} figures disagree`} with the
      data: {found.map(describe).join('; ')}
    </p>
  )
}
