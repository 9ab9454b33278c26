import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy, securityHeaders } from './security-headers.ts';

// BASE_PATH lets the same build live under a sub-path of a static host, e.g. BASE_PATH=/tools/unblock/.
const base = process.env.BASE_PATH ?? '/';

/** The built page carries its CSP as a meta tag too, so it holds on hosts that cannot set headers. */
function cspMetaTag(): Plugin {
  return {
    name: 'unblock-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({ meta: true }) },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// react-router's package exports only its development build, whose dev warnings stay in the bundle; its production
// build differs by that one switch (ENABLE_DEV_WARNINGS). Builds use the production one.
const reactRouterProduction = fileURLToPath(new URL('./node_modules/react-router/dist/production/', import.meta.url));

export default defineConfig(({ command }) => ({
  base,
  plugins: [react(), cspMetaTag()],
  resolve: {
    alias:
      command === 'build'
        ? [
            { find: /^react-router$/, replacement: `${reactRouterProduction}index.mjs` },
            { find: /^react-router\/dom$/, replacement: `${reactRouterProduction}dom-export.mjs` },
            { find: /^use-sync-external-store\/shim$/, replacement: fileURLToPath(new URL('./src/lib/use-sync-external-store-shim.ts', import.meta.url)) },
          ]
        : [],
  },
  build: {
    target: 'es2022',
    // Locale files are fetched by URL, never inlined as data: URLs (which the CSP's connect-src would refuse).
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    reportCompressedSize: false,
    // The prerender reads which modules the entry starts with (scripts/prerender.ts), then removes it.
    manifest: true,
    // The libraries in one chunk: every page needs all of them at once, and one file compresses better than the pieces
    // the default split makes of them (1.4 KB less on a cold visit).
    rolldownOptions: { output: { advancedChunks: { groups: [{ name: 'vendor', test: /node_modules/ }] } } },
  },
  preview: { headers: securityHeaders() },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    // Most tests are pure functions; the few that need a DOM say so (`@vitest-environment jsdom`), which saves a DOM per file.
    environment: 'node',
    restoreMocks: true,
  },
}));
