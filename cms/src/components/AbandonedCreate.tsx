'use client'

import { useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

import { STILL_OPEN_EVERY_MS } from '../editor/stillOpen'

// Leaving is told a moment after the view unmounts, so that React's development-mode
// double mount (unmount, mount again at once) is not taken for the editor leaving.
const pending = new Map<string, ReturnType<typeof setTimeout>>()

/**
 * Invisible, in every guide document's edit view: when the editor leaves a document that
 * was never published (another admin page, or the tab closed) with nothing unsaved, the
 * CMS is asked to delete it if it holds nothing anyone wrote (endpoints/abandonedCreate.ts
 * decides). That is what an abandoned "Create New" leaves behind, since Payload makes the
 * draft as the view opens. While open, it tells the CMS so, so that no sweep takes it.
 */
export function AbandonedCreate() {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const modified = useFormModified()
  const unsaved = useRef(modified)
  unsaved.current = modified
  useEffect(() => {
    if (!id || !collectionSlug || hasPublishedDoc) return
    const url = `/api/${collectionSlug}/${id}/abandoned-create`
    clearTimeout(pending.get(url))
    // While the view is open, the CMS is told so now and then: a document open in the admin
    // is no abandoned create, however long it waits for its first word (editor/abandonedCreates.ts).
    // A beacon, as for leaving: nothing waits for its answer.
    const stillOpen = () => navigator.sendBeacon(`/api/${collectionSlug}/${id}/still-open`)
    stillOpen()
    const heartbeat = setInterval(stillOpen, STILL_OPEN_EVERY_MS)
    const tell = () => {
      pending.delete(url)
      // Typed but not yet autosaved: an autosave may be on its way, and a delete racing it
      // could lose what it writes. Kept (empty, at worst) rather than risk that.
      if (!unsaved.current) navigator.sendBeacon(url)
    }
    // A beacon outlives the page: it still goes when the tab is closed.
    window.addEventListener('pagehide', tell)
    return () => {
      clearInterval(heartbeat)
      window.removeEventListener('pagehide', tell)
      pending.set(url, setTimeout(tell, 100))
    }
  }, [id, collectionSlug, hasPublishedDoc])
  return null
}
