'use client'

import { Button, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'

import { postAction } from '../../components/postAction'

/**
 * The sidebar's "Publish release now" (releases/endpoint.ts). Unsaved changes must be saved
 * first: the release publishes what is stored. The page reloads afterwards, so its state and
 * outcome show what happened.
 */
export function PublishRelease() {
  const { id } = useDocumentInfo()
  const modified = useFormModified()
  const state = useFormFields(([fields]) => fields.state?.value)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // A release publishes once; a new one is made for the next.
  if (id === undefined || state === 'published') return null

  async function publish() {
    setBusy(true)
    try {
      const answer = await postAction(`/api/releases/${id}/publish`)
      setMessage(answer.message)
      // Published or refused: the reloaded page shows the release's state and outcome.
      if (answer.status === 200 || answer.status === 409) window.location.reload()
    } catch {
      setMessage('The CMS could not be reached; nothing was published.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type">
      <Button buttonStyle="primary" disabled={busy || modified} onClick={() => void publish()}>
        Publish release now
      </Button>
      {modified && <p>Save the release first: it publishes what is saved.</p>}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
