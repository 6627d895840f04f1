import { describe, expect, it } from 'vitest'

import { DEPRECATED, deprecationHeaders } from './deprecations'

// The mechanism only: nothing in the API is deprecated today (DEPRECATED is empty), so the
// table here is this test's own.
const table = [
  {
    parameter: 'locale',
    paths: /^\/api\/faqs$/,
    since: new Date('2026-12-01T00:00:00Z'),
    sunset: new Date('2027-06-01T00:00:00Z'),
  },
]

describe('deprecationHeaders', () => {
  it('dates a deprecated parameter in RFC 9745 and RFC 8594 form, with a link to the notice', () => {
    expect(deprecationHeaders(new URL('http://cms/api/faqs?locale=en&limit=1'), table)).toEqual([
      ['Deprecation', '@1796083200'],
      ['Sunset', 'Tue, 01 Jun 2027 00:00:00 GMT'],
      ['Link', '</api/docs>; rel="deprecation"; type="text/html"'],
    ])
  })

  it('says nothing for a request that does not use it, or on another path', () => {
    expect(deprecationHeaders(new URL('http://cms/api/faqs?limit=1'), table)).toEqual([])
    expect(deprecationHeaders(new URL('http://cms/api/tools?locale=en'), table)).toEqual([])
  })

  it('has nothing deprecated in the real API today', () => {
    expect(DEPRECATED).toEqual([])
  })
})
