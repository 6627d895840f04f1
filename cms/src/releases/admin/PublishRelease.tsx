'use client'

import { Button, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * The sidebar's "Publish release now" (releases/endpoint.ts). Unsaved changes must be saved
 * first: the release publishes what is stored. The page reloads afterwards, so its state and
 * outcome show what happened.
 */
export function PublishRelease() {
  const { id } = useDocumentInfo()
  const modified = useFormModified()
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (id === undefined) return null

  async function publish() {
    setBusy(true)
    try {
      const res = await fetch(`/api/releases/${id}/publish`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await res.json().catch(() => ({}))) as {
        message?: string
        errors?: { message: string }[]
      }
      setMessage(body.message ?? body.errors?.[0]?.message ?? `The CMS answered ${res.status}.`)
      if (res.status === 200 || res.status === 409) window.location.reload()
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
