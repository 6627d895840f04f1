import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from './paths.ts'

export type LocalSecrets = {
  PAYLOAD_SECRET: string
  REVALIDATE_SECRET: string
  SITE_API_KEY: string
}

/**
 * Secrets for a local run, made once and kept in the git-ignored .data folder so sessions
 * survive restarts. Variables set in the environment (or .env) always win.
 */
export function localSecrets(): LocalSecrets {
  const file = path.join(dataDir, 'local-secrets.json')
  let stored: Partial<LocalSecrets> = {}
  if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, 'utf8'))
  const secrets: LocalSecrets = {
    PAYLOAD_SECRET: stored.PAYLOAD_SECRET ?? randomBytes(32).toString('hex'),
    REVALIDATE_SECRET: stored.REVALIDATE_SECRET ?? randomBytes(32).toString('hex'),
    SITE_API_KEY: stored.SITE_API_KEY ?? randomBytes(32).toString('hex'),
  }
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 })
  return {
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? secrets.PAYLOAD_SECRET,
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? secrets.REVALIDATE_SECRET,
    SITE_API_KEY: process.env.SITE_API_KEY ?? secrets.SITE_API_KEY,
  }
}
