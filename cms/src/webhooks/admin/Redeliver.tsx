'use client'

import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import { postAction } from '../../components/postAction'

/** The sidebar's "Send again" button of a webhook delivery (webhooks/redeliver.ts). */
export function Redeliver() {
  const { id } = useDocumentInfo()
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  if (id === undefined) return null

  async function send() {
    setBusy(true)
    try {
      setMessage((await postAction(`/api/webhook-deliveries/${id}/redeliver`)).message)
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
