import { env } from '$env/dynamic/private'

/**
 * The site's whole server environment, read at run time (adapter-node), documented in the
 * root .env.example. Nothing else in web/ reads the environment.
 */
export const serverEnv = {
  /** Where this server reaches the CMS (may be an internal address). */
  cmsUrl: env.CMS_INTERNAL_URL || 'http://127.0.0.1:3000',
  /** The site's public origin, for canonical links, Open Graph and the sitemap. */
  publicUrl: (env.WEB_PUBLIC_URL || 'http://localhost:5173').replace(/\/$/, ''),
  /** Shared with the CMS; verifies its change notices. */
  revalidateSecret: env.REVALIDATE_SECRET || '',
  /** The last good content, kept on disk for a start while the CMS is down. */
  snapshotFile: env.CONTENT_SNAPSHOT_FILE || '.data/content-snapshot.json',
  /** Safety-net refresh in case a change notice was lost (seconds). */
  refreshSeconds: Number(env.CONTENT_REFRESH_SECONDS || 300),
}
