import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy, securityHeaders } from './security-headers';

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

export default defineConfig({
  base,
  plugins: [react(), cspMetaTag()],
  build: {
    target: 'es2022',
    // Locale files are fetched by URL, never inlined as data: URLs (which the CSP's connect-src would refuse).
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    reportCompressedSize: false,
  },
  preview: { headers: securityHeaders() },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'jsdom',
    restoreMocks: true,
  },
});
