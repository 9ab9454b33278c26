// Serves a built dist/ the way a good static host does: gzip, the security headers on every answer, long caching for
// hashed assets, a page at its URL without `.html` (`/ja/5.7.750/domains` → ja/5.7.750/domains.html, `/ja/` →
// ja/index.html), and 404.html with status 404 for any other path under the base path. It is a preview server, so it only answers
// GET and HEAD and listens on the loopback address unless told otherwise.
// Usage: tsx scripts/serve.ts [--dir dist] [--port 4173] [--host 127.0.0.1]   (or the PORT and HOST variables)
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { extname, join, normalize, resolve } from 'node:path';
import { pipeline } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
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
const allowedMethods = 'GET, HEAD';

function sendError(response: ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache',
    ...extra,
  });
  response.end(message);
}

function decodedPath(request: IncomingMessage): string {
  try {
    return decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    return '/';
  }
}

// One stat, no separate existence check: a file can vanish at any moment (a rebuild in progress), and a throw here
// would take the whole server down.
function isFile(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** Compressed files by path, with the modification time and size they were compressed at. */
const gzipped = new Map<string, { stamp: string; body: Buffer }>();

/**
 * A file's gzip bytes, compressed once per version of the file rather than on every request (as a host serving
 * precompressed files does): compressing the app's main script on each page load costs more than serving it.
 * Undefined when the file cannot be read (gone in a rebuild).
 */
function gzippedFile(file: string): Buffer | undefined {
  try {
    const stats = statSync(file);
    const stamp = `${stats.mtimeMs}:${stats.size}`;
    const cached = gzipped.get(file);
    if (cached?.stamp === stamp) return cached.body;
    const body = gzipSync(readFileSync(file));
    gzipped.set(file, { stamp, body });
    return body;
  } catch (error) {
    console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** The file a path is served from, as static hosts look for it: the file itself, `{path}.html`, `{path}/index.html`. */
function pageFile(root: string, relative: string): string | undefined {
  const requested = join(root, relative);
  if (!requested.startsWith(root)) return undefined;
  const candidates = relative.endsWith('/') || relative === '.' ? [join(requested, 'index.html')] : [requested, `${requested}.html`, join(requested, 'index.html')];
  return candidates.find(isFile);
}

function sendFile(request: IncomingMessage, response: ServerResponse, file: string, headers: Record<string, string>, status = 200): void {
  if (headers['Content-Encoding'] === 'gzip') {
    const body = gzippedFile(file);
    if (!body) {
      sendError(response, 500, 'The file could not be read. Try again in a moment.');
      return;
    }
    response.writeHead(status, { ...headers, 'Content-Length': String(body.length) });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  const stream = createReadStream(file);
  // The file can vanish between the check and the read (a rebuild in progress): answer 500, never crash the server.
  stream.once('error', (error) => {
    console.error(`Cannot read ${file}: ${error.message}`);
    if (response.headersSent) response.destroy(error);
    else sendError(response, 500, 'The file could not be read. Try again in a moment.');
  });
  stream.once('open', () => {
    response.writeHead(status, headers);
    if (request.method === 'HEAD') {
      stream.destroy();
      response.end();
      return;
    }
    const finished = (error: Error | null) => {
      if (error && !response.destroyed) response.destroy(error);
    };
    pipeline(stream, response, finished);
  });
}

// Node answers a request it cannot parse (400, or 431 for oversized headers) by itself, without our headers. This
// writes the same answers with them, under the same condition as Node's: nothing of a response sent yet.
function clientErrorResponse(code: string | undefined): string {
  const status = code === 'HPE_HEADER_OVERFLOW' ? 431 : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const headers = { ...securityHeaders(), 'Content-Length': '0', Connection: 'close' };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return [`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`, ...lines, '', ''].join('\r\n');
}

function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // Node's own handler reads the same private field to know whether a response has begun on this socket.
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) {
    socket.end(clientErrorResponse(error.code), () => socket.destroy());
  } else {
    socket.destroy(error);
  }
}

export function createStaticServer(root: string, basePath = '/'): Server {
  const base = basePath.replace(/\/?$/, '/');
  // The CSP names the early script's hash for this base path: computed once, not per request.
  const pageHeaders = securityHeaders(base);
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendError(response, 405, 'Only GET and HEAD are answered here.', { Allow: allowedMethods });
      return;
    }
    const pathname = decodedPath(request);
    if (!`${pathname}/`.startsWith(base)) {
      response.writeHead(302, { ...pageHeaders, Location: base, 'Cache-Control': 'no-cache' }).end();
      return;
    }
    const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    const found = pageFile(root, relative);
    // A missing hashed asset is a stale page asking for an old build: an error, not the app's HTML under a .js name.
    if (!found && relative.startsWith('assets/')) {
      sendError(response, 404, 'Not found');
      return;
    }
    // Unknown paths get the not-found page, which the app fills in (in the visitor's language).
    const file = found ?? join(root, '404.html');
    const extension = extname(file);
    const headers: Record<string, string> = {
      ...pageHeaders,
      'Content-Type': types[extension] ?? 'application/octet-stream',
      'Cache-Control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (compressible.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      headers['Content-Encoding'] = 'gzip';
    }
    sendFile(request, response, file, headers, found ? 200 : 404);
  });
  server.on('clientError', answerClientError);
  return server;
}

export interface ServeOptions {
  root: string;
  port: number;
  host: string;
  base: string;
}

// Loopback by default: a preview of a build has no business being reachable from the rest of the network.
export function serveOptions(argv: readonly string[], env: NodeJS.ProcessEnv): ServeOptions {
  const argument = (name: string): string | undefined => {
    const index = argv.indexOf(`--${name}`);
    return index > -1 ? argv[index + 1] : undefined;
  };
  return {
    root: resolve(argument('dir') ?? 'dist'),
    port: Number(argument('port') ?? env.PORT ?? '4173'),
    host: argument('host') ?? (env.HOST || '127.0.0.1'),
    base: (env.BASE_PATH ?? '/').replace(/\/?$/, '/'),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { root, port, host, base } = serveOptions(process.argv, process.env);
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`${root}/index.html not found: run npm run build first.`);
    process.exit(1);
  }
  createStaticServer(root, base).listen(port, host, () => {
    const shown = host.includes(':') ? `[${host}]` : host;
    console.log(`Unblock is served at http://${shown}:${port}${base}`);
  });
}
