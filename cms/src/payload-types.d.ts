// Types the CMS's own code (access rules, hooks, Local API) with the generated content types.
import type { Config } from '@mlops-guide/content/types'

declare module 'payload' {
  export interface GeneratedTypes extends Config {}
}
