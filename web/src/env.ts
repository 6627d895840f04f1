import { TIMEOUTS } from '@mlops-guide/server-runtime/request-bodies'
import { defineEnvVars } from '@sveltejs/kit/env'
import { z } from 'zod'

/**
 * The site's whole environment: every variable it reads, documented here and in the root
 * .env.example, validated when the server starts (SvelteKit reads it at run time and
 * refuses to start on a bad value). Code imports the values from `$app/env/private`;
 * nothing else in web/ reads the environment.
 */

const origin = (fallback: string) =>
  z
    .url()
    .default(fallback)
    .transform((url) => url.replace(/\/$/, ''))

/** A timeout in milliseconds, 1 to `max`. */
const milliseconds = (bound: { default: number; max: number }) =>
  z
    .string()
    .default(String(bound.default))
    .transform(Number)
    .pipe(z.number().int().min(1).max(bound.max))

export const variables = defineEnvVars({
  CMS_INTERNAL_URL: {
    description: 'Where this server reaches the CMS (may be an internal address).',
    schema: origin('http://127.0.0.1:3000'),
  },
  CMS_PUBLIC_URL: {
    description:
      "The CMS's public origin: the admin that frames previews, and the API a preview's browser code asks (with the editor's session) as they type.",
    schema: origin('http://localhost:3000'),
  },
  WEB_PUBLIC_URL: {
    description: "The site's public origin, for canonical links, Open Graph and the sitemap.",
    schema: origin('http://localhost:5173'),
  },
  NODE_ENV: {
    description:
      "The process's mode; `production` makes a missing REVALIDATE_SECRET or SITE_API_KEY fatal.",
    schema: z.enum(['development', 'production', 'test']).default('development'),
  },
  REVALIDATE_SECRET: {
    description:
      'Shared with the CMS; verifies its change notices. In production 32+ characters, or the server refuses to start (hooks.server.ts).',
    schema: z.string().default(''),
  },
  SITE_API_KEY: {
    description:
      'The site\'s own read-only key for the content API (the CMS registers the same value as its "Public site" API client): its own rate limit, apart from its address\'s. In production 32+ characters, or the server refuses to start (hooks.server.ts).',
    schema: z.string().default(''),
  },
  CONTENT_SNAPSHOT_FILE: {
    description: 'The last good content, kept on disk for a start while the CMS is down.',
    schema: z.string().min(1).default('.data/content-snapshot.json'),
  },
  FRAME_ANCESTORS: {
    description:
      "Comma-separated origins that may show the site in a frame (the CMS admin's live preview), or none.",
    schema: z
      .string()
      .default('')
      .transform((list) =>
        list
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      ),
  },
  REQUEST_HEADERS_TIMEOUT_MS: {
    description:
      "How long a request's headers may take from its first byte (milliseconds); then a 408. Read by server.js through @mlops-guide/server-runtime, which validates it the same way.",
    schema: milliseconds(TIMEOUTS.REQUEST_HEADERS_TIMEOUT_MS),
  },
  REQUEST_BODY_TIMEOUT_MS: {
    description:
      'How long a request body may go without sending a byte (milliseconds); then a 408 with a JSON body. Read by server.js, as above.',
    schema: milliseconds(TIMEOUTS.REQUEST_BODY_TIMEOUT_MS),
  },
  CONTENT_REFRESH_SECONDS: {
    description: 'Safety-net refresh in case a change notice was lost (seconds; 0: off).',
    schema: z.string().default('300').transform(Number).pipe(z.number().int().min(0)),
  },
})
