// `npm run build`: the client build, the server entry, then every page prerendered (scripts/prerender.ts).
// Usage: tsx scripts/build.ts [--outDir dist] [--base /sub/path/]   (or BASE_PATH; SITE_URL as for the app)
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { prerender, type ServerEntry } from './prerender';

const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index > -1 ? process.argv[index + 1] : undefined;
};

const outDir = resolve(argument('outDir') ?? 'dist');
// vite.config.ts reads the base path from the environment.
if (argument('base')) process.env.BASE_PATH = argument('base');
// The server entry is a build tool, not part of the site: it is built beside node_modules' caches and removed after.
const serverDir = resolve('node_modules/.cache/unblock-prerender', outDir.replace(/[^a-z0-9]+/gi, '-'));
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const started = performance.now();

const mode = process.env.UNBLOCK_BUILD_MODE ?? 'production';
await build({ mode, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
await build({ mode, logLevel: 'warn', build: { ssr: 'src/entry-server.tsx', outDir: serverDir, emptyOutDir: true } });
const entry = (await import(pathToFileURL(join(serverDir, 'entry-server.js')).href)) as ServerEntry;
const pages = await prerender(entry, { outDir, base, ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}) });
rmSync(serverDir, { recursive: true, force: true });
console.log(`Built ${pages.length} pages into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
if (!process.env.SITE_URL) console.log('SITE_URL is not set: canonical links and sitemap.xml use paths without the origin.');
