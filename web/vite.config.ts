import adapter from '@sveltejs/adapter-node'
import { sveltekit } from '@sveltejs/kit/vite'
import { defineConfig } from 'vite'

export default defineConfig({
  build: {
    // The checklist's script (web/src/lib/checklist) is imported as a URL: kept a file of its
    // own, never inlined as a data: URL, which the CSP's script-src 'self' refuses.
    assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
  },
  plugins: [
    sveltekit({
      // Prebuilt assets (CSS, the preview's script) go out brotli- or gzip-compressed.
      adapter: adapter({ precompress: true }),
      // The pages run no script (no hydration); JSON-LD is data, not executed, so 'self'
      // needs no 'unsafe-inline'. Who may frame the site is set per request in hooks.server.ts.
      csp: {
        directives: {
          'default-src': ['self'],
          'script-src': ['self'],
          'style-src': ['self'],
          'img-src': ['self', 'data:'],
          'base-uri': ['self'],
          'form-action': ['self'],
          'object-src': ['none'],
        },
      },
    }),
  ],
})
