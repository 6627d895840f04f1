import { beforeAll, describe, expect, it } from 'vitest'

import { api, fieldErrors, loginAs } from './helpers'

const XSS = `<script>alert(1)</script><img src=x onerror="alert(2)">"'&`

const text = (t: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: t,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
})
const block = (type: string, children: object[], extra: object = {}) => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children,
  ...extra,
})
const link = (url: string, type = 'link') =>
  block(type, [text(`link ${XSS}`)], { fields: { url, linkType: 'custom', newTab: false } })
const doc = (...children: object[]) => ({ root: block('root', children) })

/** One attack per node type the editor can produce, with what must never reach the page. */
const attacks: [string, object][] = [
  ['paragraph text', doc(block('paragraph', [text(XSS)], { textFormat: 0 }))],
  ['bold, italic, code text', doc(block('paragraph', [text(XSS, 1), text(XSS, 2), text(XSS, 16)]))],
  ['heading', doc(block('heading', [text(XSS)], { tag: 'h3' }))],
  [
    'list item',
    doc(
      block('list', [block('listitem', [text(XSS)], { value: 1 })], {
        listType: 'bullet',
        tag: 'ul',
        start: 1,
      }),
    ),
  ],
  ['quote', doc(block('quote', [text(XSS)]))],
  ['javascript: link', doc(block('paragraph', [link('javascript:alert(3)')]))],
  ['obfuscated javascript: link', doc(block('paragraph', [link(' JaVaScRiPt:alert(4)')]))],
  ['data: link', doc(block('paragraph', [link('data:text/html,<script>alert(5)</script>')]))],
  [
    'link breaking out of its attribute',
    doc(block('paragraph', [link('https://x.test/" onmouseover="alert(6)')])),
  ],
  ['autolink', doc(block('paragraph', [link('javascript:alert(7)', 'autolink')]))],
]

let token: string
beforeAll(async () => {
  token = await loginAs('editor')
})

describe('rich text becomes safe HTML', () => {
  it.each(attacks)('%s: nothing an editor types can run script', async (_name, answer) => {
    const res = await api('POST', '/faqs', {
      token,
      body: { question: `Injection test ${Math.random()}?`, answer, _status: 'published' },
    })
    if (res.status === 400) return // refused outright: nothing stored, nothing rendered
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const html: string = (await api('GET', `/faqs/${res.body.doc.id}`)).body.answerHtml
    await api('DELETE', `/faqs/${res.body.doc.id}`, { token })

    expect(html.length).toBeGreaterThan(0)
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<img/i)
    expect(html).not.toMatch(/\son\w+\s*=\s*["']?alert/i) // no event-handler attribute
    expect(html).not.toMatch(/href="\s*(javascript|data):/i)
    // The attack text itself is still shown to the reader, escaped.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('keeps an ordinary https link working', async () => {
    const res = await api('POST', '/faqs', {
      token,
      body: {
        question: `Link test ${Math.random()}?`,
        answer: doc(block('paragraph', [link('https://example.com/jobs?a=1&b=2')])),
        _status: 'published',
      },
    })
    const html: string = (await api('GET', `/faqs/${res.body.doc.id}`)).body.answerHtml
    await api('DELETE', `/faqs/${res.body.doc.id}`, { token })
    expect(html).toContain('href="https://example.com/jobs?a=1&amp;b=2"')
  })
})

describe('links other apps receive are safe', () => {
  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.test/x',
  ])(
    'a rich-text link to %s is refused with a 400 naming the field, and nothing changes',
    async (url) => {
      const faq = (await api('GET', '/faqs?limit=1&depth=0', { token })).body.docs[0]
      const res = await api('PATCH', `/faqs/${faq.id}`, {
        token,
        body: { answer: doc(block('paragraph', [link(url)])) },
      })
      expect(res.status).toBe(400)
      expect(fieldErrors(res.body)[0]?.path).toBe('answer')
      const after = (await api('GET', `/faqs/${faq.id}?depth=0`, { token })).body
      expect(after.updatedAt).toBe(faq.updatedAt)
      expect(JSON.stringify(after.answer)).not.toContain(url.trim())
    },
  )
})
