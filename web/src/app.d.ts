// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Locals {
      /**
       * The status a page answers with when its loader says so: a GET form shown back with
       * the problems of its fields is a 400, which SvelteKit's loaders cannot set.
       */
      pageStatus?: number
      /** Set by a loader whose answer must not be kept by the page cache (lib/server/oldAddress.ts). */
      notKept?: boolean
      /**
       * Set by a loader whose page links to addresses of another moment (the guide as it read
       * before a change): where each link leads now, or null to keep its words unlinked
       * (lib/server/relink.ts, applied to the rendered page in hooks.server.ts).
       */
      linkTarget?: (href: string) => string | null
    }
    interface PageData {
      /** The site's public address (WEB_PUBLIC_URL), from the site's layout; not in previews. */
      siteUrl?: string
    }
  }
}

export {}
