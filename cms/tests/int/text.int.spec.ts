import type { FlattenedField } from 'payload'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { isSafeText, TEXT_LIMITS } from '../../src/fields/text'
import { api, fieldErrors, graphqlAs, loginAs } from './helpers'
import { seededId } from './samples'

/**
 * Text is safe to store and publish anywhere (cms/src/fields/text.ts): every text field has
 * a length PostgreSQL can index, and no field takes control characters (but tab and line
 * breaks where text has lines), non-characters or lone surrogates. REST, GraphQL and drafts
 * alike answer 400 naming the field, and nothing saved changes.
 */

let editor: string
let admin: string
beforeAll(async () => {
  editor = await loginAs('editor')
  admin = await loginAs('admin')
})

/** The document as saved and as its newest draft, to compare before and after a refusal. */
const snapshot = async (path: string, token: string) => ({
  saved: (await api('GET', `${path}?depth=0`, { token })).body,
  draft: (await api('GET', `${path}?depth=0&draft=true`, { token })).body,
})

async function refused(
  path: string,
  change: Record<string, unknown>,
  expected: { path: string; message: RegExp },
  { token = editor, method = 'PATCH', draft = false } = {},
) {
  const before = await snapshot(path, token)
  const res = await api(method, `${path}${draft ? '?draft=true' : ''}`, { token, body: change })
  expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBe(400)
  expect(res.body.errors[0].message).toContain(expected.path)
  expect(fieldErrors(res.body)).toEqual([
    expect.objectContaining({
      path: expected.path,
      message: expect.stringMatching(expected.message),
    }),
  ])
  expect(await snapshot(path, token)).toEqual(before)
}

const faqPath = async () => `/faqs/${await seededId('faqs', 'tools-to-learn')}`
const stagePath = async () => `/career-stages/${await seededId('career-stages', 'mlops-engineer')}`

describe('the config', () => {
  it('gives every text, e-mail, textarea and rich-text field of every collection and global its limit and the check', async () => {
    // The CMS's own environment, read by cms/src/env.ts when the config is imported (it
    // connects to nothing until Payload starts).
    Object.assign(process.env, inject('cmsEnv'))
    const config = await (await import('@payload-config')).default
    const unchecked: string[] = []
    const walk = (fields: FlattenedField[], at: string) => {
      for (const field of fields) {
        const path = `${at}.${field.name}`
        // Payload's own bookkeeping (row ids, hashes, file names, order keys): no one types it.
        const own = field.name === 'id' || field.hidden || field.admin?.readOnly
        if ((field.type in TEXT_LIMITS || field.type === 'richText') && !own) {
          const max = 'maxLength' in field ? field.maxLength : undefined
          const limit = TEXT_LIMITS[field.type as keyof typeof TEXT_LIMITS]
          if (!isSafeText(field) || (limit && !(max! <= limit))) unchecked.push(path)
        }
        if ('flattenedFields' in field) walk(field.flattenedFields, path)
        if (field.type === 'blocks') {
          for (const block of field.blocks) walk(block.flattenedFields, `${path}.${block.slug}`)
        }
      }
    }
    const own = (slug: string) => slug.startsWith('payload-')
    for (const c of config.collections.filter((c) => !own(c.slug))) walk(c.flattenedFields, c.slug)
    for (const g of config.globals) walk(g.flattenedFields, g.slug)
    // An API client's key is Payload's: written by its own field, only by an admin.
    expect(unchecked).toEqual(['api-clients.apiKey'])
  })
})

describe('text lengths', () => {
  it.each([
    ['a text field', 'question', 301, /^Must be at most 300 characters \(got 301\)$/],
    ['a slug (indexed, own validation)', 'slug', 3000, /at most 300 characters/],
  ])('%s over its limit: 400 naming it, nothing saved', async (_, field, length, message) => {
    await refused(await faqPath(), { [field]: 'a'.repeat(length) }, { path: field, message })
  })

  it('a textarea over 4000 characters: 400 naming it', async () => {
    await refused(
      await stagePath(),
      { summary: 'a'.repeat(4001) },
      { path: 'summary', message: /^Must be at most 4000 characters \(got 4001\)$/ },
    )
  })

  it('an e-mail address over 254 characters: 400 naming it', async () => {
    const made = await api('POST', '/api-clients', {
      token: admin,
      body: { name: `Text test ${Date.now()}` },
    })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    try {
      await refused(
        `/api-clients/${made.body.doc.id}`,
        { contact: `${'a'.repeat(250)}@example.org` },
        { path: 'contact', message: /at most 254 characters/ },
        { token: admin },
      )
    } finally {
      await api('DELETE', `/api-clients/${made.body.doc.id}`, { token: admin })
    }
  })

  it('a field inside a global group and array: 400 naming its path', async () => {
    const before = (await api('GET', '/globals/site-settings', { token: editor })).body
    const navigation = before.navigation.map((n: any, i: number) =>
      i === 0 ? { ...n, label: 'a'.repeat(301) } : n,
    )
    const res = await api('POST', '/globals/site-settings', { token: editor, body: { navigation } })
    expect(res.status).toBe(400)
    expect(fieldErrors(res.body)[0]).toMatchObject({
      path: 'navigation.0.label',
      message: expect.stringMatching(/at most 300 characters/),
    })
    expect((await api('GET', '/globals/site-settings', { token: editor })).body).toEqual(before)
  })

  it('a draft over the limit is refused too (Payload validates no draft): 400, not 500', async () => {
    await refused(
      await faqPath(),
      { slug: 'a'.repeat(3000), question: 'b'.repeat(3000) },
      { path: 'question', message: /at most 300 characters/ },
      { draft: true },
    )
    await refused(
      await faqPath(),
      { slug: 'a'.repeat(3000) },
      { path: 'slug', message: /at most 300 characters/ },
      { draft: true },
    )
  })

  it('300 four-byte characters fit an indexed text field, as published and as a draft', async () => {
    const path = await faqPath()
    const before = (await api('GET', `${path}?depth=0`, { token: editor })).body
    const question = '💶'.repeat(150) // 300 UTF-16 code units, 600 bytes of UTF-8
    try {
      for (const draft of [true, false]) {
        // Published explicitly: a save naming no _status after a draft save is refused.
        const status = draft ? {} : { _status: 'published' }
        const res = await api('PATCH', `${path}${draft ? '?draft=true' : ''}`, {
          token: editor,
          body: { question, slug: 'a'.repeat(300), ...status },
        })
        expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
      }
    } finally {
      await api('PATCH', path, {
        token: editor,
        body: { question: before.question, slug: before.slug, _status: 'published' },
      })
    }
  })
})

/** Characters no stored text may hold, with what the message calls them. */
const NEVER: [string, string, RegExp][] = [
  ['a bell', 'ring\u0007', /control character \(U\+0007\) at character 5/],
  ['an escape', '\u001B[31mred', /control character \(U\+001B\)/],
  ['a vertical tab', 'a\u000Bb', /control character \(U\+000B\)/],
  ['a delete', 'a\u007Fb', /control character \(U\+007F\)/],
  ['a C1 next-line', 'a\u0085b', /control character \(U\+0085\)/],
  ['U+FFFE', 'a\uFFFEb', /non-character \(U\+FFFE\)/],
  ['U+FFFF', 'a\uFFFFb', /non-character \(U\+FFFF\)/],
  ['U+FDD0', 'a\uFDD0b', /non-character \(U\+FDD0\)/],
  ['U+1FFFF', 'a\u{1FFFF}b', /non-character \(U\+1FFFF\)/],
  ['U+10FFFE', 'a\u{10FFFE}b', /non-character \(U\+10FFFE\)/],
  ['a lone high surrogate', 'a\uD800b', /lone surrogate \(U\+D800\)/],
  ['a lone low surrogate', 'a\uDFFFb', /lone surrogate \(U\+DFFF\)/],
]

describe('characters text never holds', () => {
  it.each(NEVER)('%s in a text field: 400 naming it, nothing saved', async (_, text, message) => {
    await refused(await faqPath(), { question: text }, { path: 'question', message })
  })

  it.each(NEVER)('%s in a textarea: 400 naming it', async (_, text, message) => {
    await refused(await stagePath(), { summary: text }, { path: 'summary', message })
  })

  it.each([
    ['a tab', 'a\tb'],
    ['a newline', 'a\nb'],
  ])('%s in a one-line text field: 400 naming it', async (_, text) => {
    await refused(
      await faqPath(),
      { question: text },
      { path: 'question', message: /control character/ },
    )
  })

  it.each(NEVER.slice(0, 6))('%s in a draft: 400 naming it', async (_, text, message) => {
    await refused(
      await faqPath(),
      { question: text },
      { path: 'question', message },
      { draft: true },
    )
  })

  it('tab and line breaks stay in a textarea', async () => {
    const path = await stagePath()
    const before = (await api('GET', `${path}?depth=0`, { token: editor })).body
    try {
      const summary = 'First line\n\tindented\r\nlast'
      const res = await api('PATCH', path, { token: editor, body: { summary } })
      expect(res.status).toBe(200)
      expect(res.body.doc.summary).toBe(summary)
    } finally {
      await api('PATCH', path, { token: editor, body: { summary: before.summary } })
    }
  })
})

/** The FAQ's answer with one paragraph holding `text` (and a link to `url`). */
const answerWith = (text: string, url = '/skills/docker') => ({
  root: {
    type: 'root',
    version: 1,
    format: '',
    indent: 0,
    direction: null,
    children: [
      {
        type: 'paragraph',
        version: 1,
        format: '',
        indent: 0,
        direction: null,
        children: [
          { type: 'text', version: 1, text, format: 0, mode: 'normal', style: '', detail: 0 },
          {
            type: 'link',
            version: 3,
            format: '',
            indent: 0,
            direction: null,
            fields: { linkType: 'custom', url, newTab: false },
            children: [
              { type: 'text', version: 1, text: 'a link', format: 0, mode: 'normal', detail: 0 },
            ],
          },
        ],
      },
    ],
  },
})

describe('rich text', () => {
  it.each(NEVER)('%s in a rich-text text node: 400 naming the field', async (_, text, message) => {
    await refused(await faqPath(), { answer: answerWith(text) }, { path: 'answer', message })
  })

  it('a control character in a link address: 400 naming the field', async () => {
    await refused(
      await faqPath(),
      { answer: answerWith('fine', '/skills/docker\u0007') },
      { path: 'answer', message: /control character \(U\+0007\)/ },
    )
  })

  it('a control character in a rich-text draft: 400 naming the field', async () => {
    await refused(
      await faqPath(),
      { answer: answerWith('a\u0001b') },
      { path: 'answer', message: /control character \(U\+0001\)/ },
      { draft: true },
    )
  })

  it('a tab and a newline in a text node are kept', async () => {
    const path = await faqPath()
    const before = (await api('GET', `${path}?depth=0`, { token: editor })).body
    try {
      const res = await api('PATCH', path, {
        token: editor,
        body: { answer: answerWith('one\ttwo\nthree') },
      })
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
      expect(res.body.doc.answer.root.children[0].children[0].text).toBe('one\ttwo\nthree')
    } finally {
      await api('PATCH', path, { token: editor, body: { answer: before.answer } })
    }
  })
})

describe('GraphQL mutations', () => {
  const graphql = (query: string, variables?: Record<string, unknown>) =>
    graphqlAs(editor, query, variables)

  it.each([
    ['a variable with a control character', { question: 'a\u0007b' }, /control character/],
    ['a variable with U+FFFF', { question: 'a\uFFFFb' }, /non-character \(U\+FFFF\)/],
    ['a variable over the limit', { question: 'a'.repeat(301) }, /at most 300 characters/],
    ['a rich-text variable', { answer: answerWith('a\u0002b') }, /control character/],
  ])('%s: an error naming the field, nothing saved', async (_, data, message) => {
    const id = await seededId('faqs', 'tools-to-learn')
    const before = await snapshot(`/faqs/${id}`, editor)
    for (const draft of [false, true]) {
      const res = await graphql(
        'mutation ($id: Int!, $data: mutationFaqUpdateInput!, $draft: Boolean) { updateFaq(id: $id, data: $data, draft: $draft) { id } }',
        { id, data, draft },
      )
      expect(res.status).toBeLessThan(500)
      const [error] = res.body.errors
      const field = Object.keys(data)[0]!
      expect(error.message).toContain(field)
      expect(error.extensions.data.errors).toEqual([
        expect.objectContaining({ path: field, message: expect.stringMatching(message) }),
      ])
    }
    expect(await snapshot(`/faqs/${id}`, editor)).toEqual(before)
  })

  it('a control character written inside the query itself: an error naming the field', async () => {
    const id = await seededId('faqs', 'tools-to-learn')
    const res = await graphql(
      `mutation { updateFaq(id: ${id}, data: { question: "a\\u0007b" }) { id } }`,
    )
    expect(res.body.errors[0].extensions.data.errors[0]).toMatchObject({
      path: 'question',
      message: expect.stringMatching(/control character \(U\+0007\)/),
    })
  })
})
