// Serves a built dist/ the way a good static host does: gzip, the security headers, long caching for hashed assets,
// and index.html for every deep link under the base path. Usage: tsx scripts/serve.ts [--dir dist] [--port 4173]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pipeline } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';
import { securityHeaders } from '../security-headers';

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

function sendError(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
  response.end(message);
}

function decodedPath(request: IncomingMessage): string {
  try {
    return decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return '/';
  }
}

function sendFile(request: IncomingMessage, response: ServerResponse, file: string, headers: Record<string, string>): void {
  const stream = createReadStream(file);
  // The file can vanish between the check and the read (a rebuild in progress): answer 500, never crash the server.
  stream.once('error', (error) => {
    console.error(`Cannot read ${file}: ${error.message}`);
    if (response.headersSent) response.destroy(error);
    else sendError(response, 500, 'The file could not be read. Try again in a moment.');
  });
  stream.once('open', () => {
    response.writeHead(200, headers);
    if (request.method === 'HEAD') {
      stream.destroy();
      response.end();
      return;
    }
    const finished = (error: Error | null) => {
      if (error && !response.destroyed) response.destroy(error);
    };
    if (headers['Content-Encoding'] === 'gzip') pipeline(stream, createGzip(), response, finished);
    else pipeline(stream, response, finished);
  });
}

export function createStaticServer(root: string, basePath = '/'): Server {
  const base = basePath.replace(/\/?$/, '/');
  return createServer((request, response) => {
    const pathname = decodedPath(request);
    if (!`${pathname}/`.startsWith(base)) {
      response.writeHead(302, { Location: base }).end();
      return;
    }
    const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    const requested = join(root, relative);
    const isFile = requested.startsWith(root) && existsSync(requested) && statSync(requested).isFile();
    // A missing hashed asset is a stale page asking for an old build: an error, not the app's HTML under a .js name.
    if (!isFile && relative.startsWith('assets/')) {
      sendError(response, 404, 'Not found');
      return;
    }
    // Deep links (and unknown paths, which the app explains) get the app itself.
    const file = isFile ? requested : join(root, 'index.html');
    const extension = extname(file);
    const headers: Record<string, string> = {
      ...securityHeaders(),
      'Content-Type': types[extension] ?? 'application/octet-stream',
      'Cache-Control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (compressible.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      headers['Content-Encoding'] = 'gzip';
    }
    sendFile(request, response, file, headers);
  });
}

const argument = (name: string, fallback: string): string => {
  const index = process.argv.indexOf(`--${name}`);
  return index > -1 ? (process.argv[index + 1] ?? fallback) : fallback;
};

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(argument('dir', 'dist'));
  const port = Number(argument('port', process.env.PORT ?? '4173'));
  const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`${root}/index.html not found: run npm run build first.`);
    process.exit(1);
  }
  createStaticServer(root, base).listen(port, () => {
    console.log(`Unblock is served at http://localhost:${port}${base}`);
  });
}
