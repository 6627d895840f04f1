'use client'

import { $getNodeByKey } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useInlineBlockComponentContext } from '@payloadcms/richtext-lexical/client'
import { useFormFields, useModal } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { useFigureText, type FigureValue } from './useFigureText'

type Fields = { id?: string; figure?: FigureValue; format?: unknown; text?: unknown }

/**
 * A figure inside the editor: the value readers see ("$120k-$160k") instead of a generic
 * "Figure" chip, with the usual edit and remove buttons.
 * - Closed, it shows the element as saved in the editor (Payload refreshes a block's label
 *   only after some saves of its drawer, so it reads the node itself and follows it).
 * - While its drawer is open, it shows what is picked there, as soon as it is picked.
 * - A drawer closed (Esc, the close button) before anything was picked leaves no element: an
 *   empty one would only fail validation when the document is saved.
 */
export function FigureChip() {
  const { InlineBlockContainer, EditButton, RemoveButton, nodeKey } =
    useInlineBlockComponentContext()
  const [editor] = useLexicalComposerContext()
  const [saved, setSaved] = useState<Fields | null>(null)

  useEffect(() => {
    const read = () =>
      editor.getEditorState().read(() => {
        const node = nodeKey ? $getNodeByKey(nodeKey) : null
        return node && 'getFields' in node ? (node.getFields as () => Fields)() : null
      })
    setSaved(read())
    return editor.registerUpdateListener(() => setSaved(read()))
  }, [editor, nodeKey])

  // The drawer's form (this chip renders inside it) holds the picks before they are saved.
  const picked = useFormFields(([fields]) => fields.figure?.value) as FigureValue
  const pickedFormat = useFormFields(([fields]) => fields.format?.value)
  const { modalState } = useModal()
  const drawerOpen = Object.entries(modalState).some(
    ([slug, state]) =>
      state.isOpen &&
      slug.includes('lexical-inlineBlocks-create-') &&
      Boolean(saved?.id) &&
      slug.endsWith(`-${saved?.id}`),
  )

  const wasOpen = useRef(false)
  useEffect(() => {
    if (drawerOpen) {
      wasOpen.current = true
      return
    }
    if (!wasOpen.current) return
    wasOpen.current = false
    // Read in the update itself: the drawer's "Save changes" sets the fields in an update
    // queued before it closes, so this sees them; only a drawer closed unsaved finds none.
    editor.update(() => {
      const node = nodeKey ? $getNodeByKey(nodeKey) : null
      const fields = node && 'getFields' in node ? (node.getFields as () => Fields)() : null
      if (node && !fields?.figure) node.remove()
    })
  }, [drawerOpen, editor, nodeKey])

  const live = useFigureText(
    drawerOpen ? picked : saved?.figure,
    drawerOpen ? pickedFormat : saved?.format,
  )
  const shown = live ?? (typeof saved?.text === 'string' && saved.text ? saved.text : 'Figure')
  const chip = (
    <>
      <span className="figure-label" title="A live figure: it follows the data">
        {shown}
      </span>
      {EditButton ? <EditButton /> : null}
      {RemoveButton ? <RemoveButton /> : null}
    </>
  )
  return InlineBlockContainer ? <InlineBlockContainer>{chip}</InlineBlockContainer> : chip
}
