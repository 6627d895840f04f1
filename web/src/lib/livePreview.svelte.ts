import { ready, subscribe, unsubscribe } from '@payloadcms/live-preview'

/**
 * Payload's live preview in Svelte: the admin posts the form on every change, the
 * framework-agnostic SDK merges it (asking the CMS to fill in relationships and rich-text
 * HTML, with the editor's own session) and this keeps the result in reactive state.
 * There is no official Svelte package; this is the whole of it. Call during component setup.
 */
export function livePreview<T extends object>(options: {
  initialData: () => T
  serverURL: () => string
  depth?: number
}) {
  let data = $state(options.initialData())
  $effect(() => {
    const listener = subscribe<T>({
      callback: (merged) => (data = merged),
      depth: options.depth ?? 1,
      initialData: options.initialData(),
      serverURL: options.serverURL(),
    })
    ready({ serverURL: options.serverURL() })
    return () => unsubscribe(listener)
  })
  return {
    get data() {
      return data
    },
  }
}
