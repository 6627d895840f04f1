// Types the CMS's own code (access rules, hooks, Local API) with the generated content types.
import type { Config } from '@mlops-guide/content/types'

declare module 'payload' {
  // Payload's documented way to type the Local API: an interface merged into its own.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface GeneratedTypes extends Config {}
}
