import { describe, expect, it } from 'vitest'

import { packageDir, payloadDir, sourceOf, versionOf } from './installed'
import { keyPayloadDrops, PAYLOAD_QS_OPTIONS, parseQueryAsPayload } from './queryString'

/** The options object of the qs.parse call in Payload's createPayloadRequest, evaluated. */
function payloadsOptions(): Record<string, unknown> {
  const source = sourceOf(payloadDir(), 'dist/utilities/createPayloadRequest.js')
  const call = /qs\.parse\(queryToParse,\s*(\{[^}]*\})\)/.exec(source)
  if (!call) throw new Error('Payload no longer parses the query with qs.parse(queryToParse, {…})')
  return new Function(`return (${call[1]})`)() as Record<string, unknown>
}

describe("the query string, parsed as Payload's REST handler parses it", () => {
  it("uses exactly the options of Payload's createPayloadRequest", () => {
    expect(PAYLOAD_QS_OPTIONS).toEqual(payloadsOptions())
  })

  it('uses the qs-esm version Payload uses', () => {
    const ours = packageDir('qs-esm')
    const payloads = packageDir('qs-esm', `${payloadDir()}/dist/index.js`)
    expect(versionOf(ours)).toBe(versionOf(payloads))
  })

  // allowEmptyArrays (Payload 3.x added it): `select[]` is an empty array, not [''].
  it('reads nesting and an empty array as Payload does', () => {
    expect(parseQueryAsPayload('?where[or][0][title][equals]=a&select[]')).toEqual({
      where: { or: [{ title: { equals: 'a' } }] },
      select: [],
    })
  })
})

describe('the key Payload drops', () => {
  // Every key named here parses to nothing: the test proves the parser still drops them,
  // so the refusal (guardRest) never refuses a key Payload would have read.
  const inherited = Object.getOwnPropertyNames(Object.prototype)
  it.each(inherited)(
    'finds %s inside brackets at any depth, as the parser drops it there',
    (name) => {
      for (const key of [
        `where[${name}][in]`,
        `where[title][${name}]`,
        `where[or][0][${name}][equals]`,
      ]) {
        const search = `?${encodeURIComponent(key)}=n`
        expect(parseQueryAsPayload(search)).toEqual({})
        expect(keyPayloadDrops(search)).toBe(key)
      }
    },
  )

  it('leaves top-level names to the parameter checks, which ignore unknown ones', () => {
    expect(keyPayloadDrops('?constructor=1&toString=2')).toBeUndefined()
  })

  it('finds nothing in what the parser keeps', () => {
    const search =
      '?where[title][equals]=constructor&where[or][0][slug][like]=proto&limit=2&sort=-title'
    expect(keyPayloadDrops(search)).toBeUndefined()
    expect(Object.keys(parseQueryAsPayload(search))).toEqual(['where', 'limit', 'sort'])
  })
})
