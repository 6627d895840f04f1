'use client'

import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

/** The sidebar's "Send again" button of a webhook delivery (webhooks/redeliver.ts). */
export function Redeliver() {
  const { id } = useDocumentInfo()
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (id === undefined) return null

  async function send() {
    setBusy(true)
    try {
      const res = await fetch(`/api/webhook-deliveries/${id}/redeliver`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await res.json().catch(() => ({}))) as {
        message?: string
        errors?: { message: string }[]
      }
      setMessage(body.message ?? body.errors?.[0]?.message ?? `The CMS answered ${res.status}.`)
    } catch {
      setMessage('The CMS could not be reached; nothing was sent.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type">
      <Button buttonStyle="secondary" disabled={busy} onClick={() => void send()}>
        Send again
      </Button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
