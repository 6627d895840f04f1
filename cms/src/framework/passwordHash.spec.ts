import { describe, expect, it } from 'vitest'

import { importFrom, payloadDir } from './installed'
import { hashPasswordAsPayload } from './passwordHash'

type HashModule = {
  generatePasswordSaltHash: (args: {
    password: string
    isPasswordAuthenticated: boolean
  }) => Promise<{ hash: string; salt: string }>
  getPasswordHashParameters: (hash: string) => { hash: string }
}

describe("the password hash, computed as Payload's local strategy computes it", () => {
  // Two hashes of 600,000 PBKDF2 rounds: about a second of CPU, more on a busy machine.
  it("gives the hash Payload's generatePasswordSaltHash stores", { timeout: 30_000 }, async () => {
    const { generatePasswordSaltHash, getPasswordHashParameters } = await importFrom<HashModule>(
      payloadDir(),
      'dist/auth/strategies/local/generatePasswordSaltHash.js',
    )
    const password = 'correct horse battery staple'
    // isPasswordAuthenticated: Payload skips its password rules (they need a request).
    const stored = await generatePasswordSaltHash({ password, isPasswordAuthenticated: true })
    const ours = await hashPasswordAsPayload(password, stored.salt)
    expect(ours).toBe(getPasswordHashParameters(stored.hash).hash)
  })
})
