import { env } from '$env/dynamic/private'

/** The site's whole server environment, read at run time (adapter-node). */
export const serverEnv = {
  /** Where the site's server reaches the CMS (may differ from its public address). */
  cmsUrl: env.CMS_INTERNAL_URL || 'http://127.0.0.1:3000',
}
