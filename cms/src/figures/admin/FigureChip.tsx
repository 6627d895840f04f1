'use client'

import { $getNodeByKey } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useInlineBlockComponentContext } from '@payloadcms/richtext-lexical/client'
import { useEffect, useState } from 'react'

import { formatFigure, isFigureFormat } from '@mlops-guide/content/figures'

type Fields = {
  figure?: { relationTo?: string; value?: unknown } | null
  format?: unknown
  text?: unknown
}

/**
 * A figure inside the editor: the value readers see ("$120k-$160k") instead of a generic
 * "Figure" chip, with the usual edit and remove buttons. It reads the element's fields from
 * the editor itself and follows every change to them (Payload refreshes a block's label
 * only after some saves of its drawer, so a label would sometimes keep an old value), and
 * asks the API for the document's published figures.
 */
export function FigureChip() {
  const { InlineBlockContainer, EditButton, RemoveButton, nodeKey } =
    useInlineBlockComponentContext()
  const [editor] = useLexicalComposerContext()
  const [fields, setFields] = useState<Fields | null>(null)

  useEffect(() => {
    const read = () =>
      editor.getEditorState().read(() => {
        const node = nodeKey ? $getNodeByKey(nodeKey) : null
        return node && 'getFields' in node ? (node.getFields as () => Fields)() : null
      })
    setFields(read())
    return editor.registerUpdateListener(() => setFields(read()))
  }, [editor, nodeKey])

  const collection = fields?.figure?.relationTo
  const rawId = fields?.figure?.value
  const id = rawId && typeof rawId === 'object' ? (rawId as { id?: unknown }).id : rawId
  const format = fields?.format
  const [text, setText] = useState<string | null>(null)

  useEffect(() => {
    if (!collection || id == null || !isFigureFormat(format)) return setText(null)
    const controller = new AbortController()
    fetch(`/api/${collection}/${encodeURIComponent(String(id))}?depth=0`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((res) => (res.ok ? res.json() : null))
      .then((doc) => {
        setText(doc?._status === 'published' ? formatFigure(doc, format) : null)
      })
      .catch(() => {})
    return () => controller.abort()
  }, [collection, id, format])

  const shown = text ?? (typeof fields?.text === 'string' && fields.text ? fields.text : 'Figure')
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
