// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface PageData {
      /** The site's public address (WEB_PUBLIC_URL), from the site's layout; not in previews. */
      siteUrl?: string
    }
  }
}

export {}
