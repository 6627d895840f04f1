import { describe, expect, it } from 'vitest'

import { apiKeyIndexes, apiKeyScheme } from './apiKeyIndex'
import { importFrom, payloadDir } from './installed'

type Strategy = (args: {
  headers: Headers
  payload: unknown
  isGraphQL?: boolean
}) => Promise<{ user: unknown }>
type StrategyModule = { APIKeyAuthentication: (collection: unknown) => Strategy }

/** The `where` Payload's own API-key strategy looks the key up with. */
async function payloadsLookup(slug: string, secret: string, authorization: string) {
  const { APIKeyAuthentication } = await importFrom<StrategyModule>(
    payloadDir(),
    'dist/auth/strategies/apiKey.js',
  )
  const asked: unknown[] = []
  // Payload's strategy is given the Payload instance: here one whose find records its query.
  const payload = {
    secret,
    find: async (args: { where: unknown }) => {
      asked.push(args.where)
      return { docs: [] }
    },
  }
  const strategy = APIKeyAuthentication({ slug, auth: { depth: 0 } })
  await strategy({ headers: new Headers({ authorization }), payload })
  return asked
}

describe("API keys, looked up as Payload's API-key strategy does", () => {
  it('finds the key by the same HMAC indexes, under the same header scheme', async () => {
    const secret = 'a-payload-secret-for-the-test'
    const key = '8c1e0e43-2f4b-4bb5-9a3b-2d7f0a1b6c55'
    const asked = await payloadsLookup('api-clients', secret, apiKeyScheme('api-clients') + key)
    expect(asked).toHaveLength(1)
    const indexes = (asked[0] as { or: { apiKeyIndex: { equals: string } }[] }).or.map(
      (condition) => condition.apiKeyIndex.equals,
    )
    expect(new Set(indexes)).toEqual(new Set(apiKeyIndexes(secret, key)))
  })

  it("looks up nothing for another collection's scheme", async () => {
    expect(await payloadsLookup('api-clients', 'secret', `${apiKeyScheme('users')}k`)).toEqual([])
  })
})
