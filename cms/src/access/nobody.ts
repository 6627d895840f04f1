import type { Access } from 'payload'

/** No one through the API; the CMS's own code writes with the Local API (overrideAccess). */
export const nobody: Access = () => false
