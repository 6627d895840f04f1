import { describe, expect, it } from 'vitest'

import { faqJsonLd } from './seo'

describe('faqJsonLd', () => {
  it('builds a schema.org FAQPage with plain-text answers', () => {
    const data = JSON.parse(
      faqJsonLd([{ question: 'Q?', html: '<p>Pay is <strong>$120k-$160k</strong> &amp; up</p>' }]),
    )
    expect(data['@type']).toBe('FAQPage')
    expect(data.mainEntity[0]).toEqual({
      '@type': 'Question',
      name: 'Q?',
      acceptedAnswer: { '@type': 'Answer', text: 'Pay is $120k-$160k & up' },
    })
  })

  it('cannot be closed early by text that spells a closing script tag', () => {
    const json = faqJsonLd([
      { question: '</script><script>alert(1)</script>', html: '<p>&lt;/script&gt;x</p>' },
    ])
    expect(json).not.toMatch(/<\/?script/i)
    expect(JSON.parse(json).mainEntity[0].name).toBe('</script><script>alert(1)</script>')
  })
})
