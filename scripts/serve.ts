// Serves a built dist/ the way a good static host does: gzip, the security headers, long caching for hashed assets,
// and index.html for every deep link under the base path. Usage: tsx scripts/serve.ts [--dir dist] [--port 4173]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { securityHeaders } from '../security-headers';

const argument = (name: string, fallback: string): string => {
  const index = process.argv.indexOf(`--${name}`);
  return index > -1 ? (process.argv[index + 1] ?? fallback) : fallback;
};

const root = resolve(argument('dir', 'dist'));
const port = Number(argument('port', process.env.PORT ?? '4173'));
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root}/index.html not found: run npm run build first.`);
  process.exit(1);
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/';
  }
  if (!`${pathname}/`.startsWith(base)) {
    response.writeHead(302, { Location: base }).end();
    return;
  }
  const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, relative);
  const isFile = file.startsWith(root) && existsSync(file) && statSync(file).isFile();
  // Deep links (and unknown paths, which the app explains) get the app itself.
  if (!isFile) file = join(root, 'index.html');
  const extension = extname(file);
  const headers: Record<string, string> = {
    ...securityHeaders(),
    'Content-Type': types[extension] ?? 'application/octet-stream',
    'Cache-Control': relative.startsWith('assets/') && isFile ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
  };
  const gzip = compressible.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  if (gzip) headers['Content-Encoding'] = 'gzip';
  response.writeHead(200, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(file);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
}).listen(port, () => {
  console.log(`Unblock is served at http://localhost:${port}${base}`);
});
