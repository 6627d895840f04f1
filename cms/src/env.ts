import { TIMEOUTS } from '@mlops-guide/server-runtime/request-bodies'
import { z } from 'zod'

import { databaseUrlFromParts } from './databaseUrl'

/**
 * The CMS's whole environment, validated once. Nothing else in cms/ reads process.env.
 * Every variable is documented in the root .env.example.
 */

// The placeholder shipped in .env.example: production must never run with it.
export const EXAMPLE_SECRET = 'change-me-to-a-long-random-string'

/** A comma-separated list of values, blanks dropped. */
const commaList = () =>
  z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
    )

/** A timeout in milliseconds, 1 to `max`. */
const milliseconds = (bound: { default: number; max: number }) =>
  z.coerce.number().int().min(1).max(bound.max).default(bound.default)

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /**
     * postgres://user:pass@host:port/db. The local stack sets it for the embedded server;
     * when unset it is built from POSTGRES_HOST, POSTGRES_PORT (5432), POSTGRES_USER,
     * POSTGRES_PASSWORD and POSTGRES_DB, each encoded (databaseUrl.ts): docker-compose does.
     */
    DATABASE_URL: z
      .string({ error: 'set DATABASE_URL, or POSTGRES_HOST and the other POSTGRES_* parts' })
      .url({ message: 'DATABASE_URL must be a postgres:// URL' }),
    /** Comma-separated read replicas (postgres:// URLs): reads go there, writes to DATABASE_URL. */
    DATABASE_READ_REPLICA_URLS: commaList(),
    /** Signs sessions and tokens. */
    PAYLOAD_SECRET: z.string().min(1, 'PAYLOAD_SECRET is required'),
    /** Public origin of the CMS, used in admin links and cookies. */
    CMS_PUBLIC_URL: z.string().url().default('http://localhost:3000'),
    /** Public origin of the site, allowed for CORS/CSRF. */
    WEB_PUBLIC_URL: z.string().url().default('http://localhost:5173'),
    /** Optional first admin, created by the seed when no user exists. */
    SEED_ADMIN_EMAIL: z.string().email().optional(),
    SEED_ADMIN_PASSWORD: z.string().min(8).optional(),
    /** Comma-separated revalidation endpoints of every site process (POST, signed). */
    SITE_REVALIDATE_URLS: commaList().pipe(z.array(z.string().url())),
    /** Shared with the site; signs the change notices. */
    REVALIDATE_SECRET: z.string().optional(),
    /** The site's read-only API key: the CMS registers it as the "Public site" API client. */
    SITE_API_KEY: z.string().min(32, 'SITE_API_KEY must be at least 32 characters').optional(),
    /** Comma-separated origins allowed to call the API from a browser (CORS, CSRF). */
    CORS_ORIGINS: z.string().optional(),
    /** The public API's caps: largest `limit` and `depth` a request may ask for. */
    API_MAX_LIMIT: z.coerce.number().int().positive().default(100),
    API_MAX_DEPTH: z.coerce.number().int().min(0).default(2),
    /** The largest body a JSON request (REST or GraphQL) may send; an upload's own limit. */
    API_MAX_JSON_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(1024 * 1024),
    API_MAX_UPLOAD_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(10 * 1024 * 1024),
    /**
     * Slow clients (read by server.js through @mlops-guide/server-runtime, validated here too):
     * headers must arrive within REQUEST_HEADERS_TIMEOUT_MS of a request's first byte, and a
     * body that sends nothing for REQUEST_BODY_TIMEOUT_MS gets a 408.
     */
    REQUEST_HEADERS_TIMEOUT_MS: milliseconds(TIMEOUTS.REQUEST_HEADERS_TIMEOUT_MS),
    REQUEST_BODY_TIMEOUT_MS: milliseconds(TIMEOUTS.REQUEST_BODY_TIMEOUT_MS),
    /** Requests per window: anonymous clients per address, API keys per key. */
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
    RATE_LIMIT_ANONYMOUS: z.coerce.number().int().positive().default(300),
    RATE_LIMIT_API_KEY: z.coerce.number().int().positive().default(3000),
    /** Webhooks (webhooks/): attempts per event, the first retry's delay (doubling after), timeout. */
    WEBHOOK_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
    WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(0).default(10_000),
    WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
    /** How often the CMS server runs due jobs (scheduled publishing); cron with seconds. */
    JOBS_CRON: z.string().default('* * * * * *'),
    /**
     * Where uploaded images go when S3_BUCKET is unset, relative to the CMS's working
     * directory: by default the local stack's git-ignored data folder, never the source tree.
     */
    MEDIA_DIR: z.string().default('../.data/media'),
    /** Uploads on S3-compatible storage (plugins/mediaStorage.ts); unset: MEDIA_DIR. */
    S3_BUCKET: z.string().optional(),
    S3_REGION: z.string().default('us-east-1'),
    /** For S3-compatible servers other than AWS (MinIO, R2, ...): their URL. */
    S3_ENDPOINT: z.string().url().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    /**
     * Folder for the backup taken before pending migrations are applied to a database that
     * holds data (database/preMigrationBackup.ts), relative to the working directory;
     * `off` skips it (a managed database's own snapshot instead).
     */
    PRE_MIGRATION_BACKUP: z.string().default('backups'),
    /** Proxies in front of the CMS that append to X-Forwarded-For (0: none). */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
  })
  .superRefine((env, ctx) => {
    if (env.SITE_REVALIDATE_URLS.length > 0 && !env.REVALIDATE_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['REVALIDATE_SECRET'],
        message: 'REVALIDATE_SECRET is required when SITE_REVALIDATE_URLS is set',
      })
    }
    if (env.NODE_ENV !== 'production') return
    if (env.SITE_REVALIDATE_URLS.length > 0 && !env.SITE_API_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['SITE_API_KEY'],
        message:
          'production with a site (SITE_REVALIDATE_URLS) needs the SITE_API_KEY it reads with',
      })
    }
    if (env.PAYLOAD_SECRET === EXAMPLE_SECRET || env.PAYLOAD_SECRET.length < 32) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message: 'production needs a random PAYLOAD_SECRET of at least 32 characters',
      })
    }
  })

export type Env = z.infer<typeof schema>

function readEnv(): Env {
  // `next build` imports the config to collect routes; it never serves or touches the
  // database, so it gets harmless values instead of a hard requirement on runtime secrets.
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  const source = building
    ? {
        DATABASE_URL: 'postgres://build@localhost/build',
        PAYLOAD_SECRET: 'build-time-only-'.padEnd(32, 'x'),
        ...process.env,
      }
    : process.env
  // An empty variable counts as unset: docker-compose passes `${VAR:-}` as "".
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const parsed = schema.safeParse({ ...given, DATABASE_URL: databaseUrlFromParts(given) })
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid CMS environment:\n${problems.join('\n')}`)
  }
  return parsed.data
}

export const env = readEnv()
export const isProduction = env.NODE_ENV === 'production'

/** Browser origins allowed to call the API: CORS_ORIGINS, else the site's own origin. */
export const corsOrigins = env.CORS_ORIGINS
  ? env.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean)
  : [env.WEB_PUBLIC_URL]
