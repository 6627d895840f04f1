import { env } from '$env/dynamic/private'

/**
 * The site's whole server environment, read at run time (adapter-node), documented in the
 * root .env.example. Nothing else in web/ reads the environment.
 */
const production = env.NODE_ENV === 'production'

// Production refuses to start without its shared secret (hooks import this at startup).
if (production && (env.REVALIDATE_SECRET ?? '').length < 32) {
  throw new Error(
    'REVALIDATE_SECRET must be set to a random value of at least 32 characters in production',
  )
}

export const serverEnv = {
  /** Where this server reaches the CMS (may be an internal address). */
  cmsUrl: env.CMS_INTERNAL_URL || 'http://127.0.0.1:3000',
  /** The CMS's public origin: the admin that frames previews, and the API a preview's
   *  browser code asks (with the editor's session) as they type. */
  cmsPublicUrl: (env.CMS_PUBLIC_URL || 'http://localhost:3000').replace(/\/$/, ''),
  /** The site's public origin, for canonical links, Open Graph and the sitemap. */
  publicUrl: (env.WEB_PUBLIC_URL || 'http://localhost:5173').replace(/\/$/, ''),
  /** Shared with the CMS; verifies its change notices. */
  revalidateSecret: env.REVALIDATE_SECRET || '',
  /** The last good content, kept on disk for a start while the CMS is down. */
  snapshotFile: env.CONTENT_SNAPSHOT_FILE || '.data/content-snapshot.json',
  /** Origins that may show the site in a frame (the CMS admin's live preview), or none. */
  frameAncestors: (env.FRAME_ANCESTORS || '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
  /** Safety-net refresh in case a change notice was lost (seconds). */
  refreshSeconds: Number(env.CONTENT_REFRESH_SECONDS || 300),
}
