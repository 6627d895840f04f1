type Parts = Record<string, string | undefined>

/**
 * DATABASE_URL from its parts (POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD,
 * POSTGRES_DB), as docker-compose passes them: a password pasted into a URL breaks on `/`,
 * `@`, `:` or `%`, so each part is percent-encoded here (node-postgres decodes them).
 * An explicit DATABASE_URL wins; without POSTGRES_HOST there is nothing to build.
 */
export function databaseUrlFromParts(env: Parts): string | undefined {
  if (env.DATABASE_URL || !env.POSTGRES_HOST) return env.DATABASE_URL
  const part = (name: string, fallback: string) => encodeURIComponent(env[name] || fallback)
  const login = env.POSTGRES_PASSWORD
    ? `${part('POSTGRES_USER', 'postgres')}:${part('POSTGRES_PASSWORD', '')}`
    : part('POSTGRES_USER', 'postgres')
  const host = env.POSTGRES_HOST.includes(':') ? `[${env.POSTGRES_HOST}]` : env.POSTGRES_HOST
  return `postgres://${login}@${host}:${env.POSTGRES_PORT || '5432'}/${part('POSTGRES_DB', 'postgres')}`
}
