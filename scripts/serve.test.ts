// A server test: Node's own environment, where node:fs can be wrapped for the modules under test.
import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStaticServer, serveOptions } from './serve';

// statSync is wrapped so a test can make a file vanish at the exact moment the server looks at it.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, statSync: vi.fn(actual.statSync) };
});

const root = mkdtempSync(join(tmpdir(), 'unblock-serve-'));
const indexHtml = '<!doctype html><title>Unblock</title>';
const pageHtml = '<!doctype html><title>Connectors</title>';
const notFoundHtml = '<!doctype html><title>Not found</title>';
const server = createStaticServer(root, '/help/unblock/');
let origin = '';

beforeAll(async () => {
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), indexHtml);
  writeFileSync(join(root, '404.html'), notFoundHtml);
  mkdirSync(join(root, 'ja/5.7.750'), { recursive: true });
  writeFileSync(join(root, 'ja/index.html'), indexHtml);
  writeFileSync(join(root, 'ja/5.7.750/connectors.html'), pageHtml);
  writeFileSync(join(root, 'assets/app-1234.js'), 'console.log("app");'.repeat(100));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(root, { recursive: true, force: true });
});

function rawBody(path: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    request(`${origin}${path}`, { headers: { 'Accept-Encoding': 'gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(Buffer.concat(chunks)));
    })
      .on('error', reject)
      .end();
  });
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers, redirect: 'manual' });

// What Node's HTTP parser refuses never reaches fetch(), so these requests go over a bare socket.
function rawExchange(text: string): Promise<string> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', reject);
  });
}

const expectSecurityHeaders = (headers: Headers) => {
  expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
};

const expectRawSecurityHeaders = (raw: string) => {
  for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'X-Frame-Options', 'Cross-Origin-Opener-Policy', 'Referrer-Policy']) {
    expect(raw).toMatch(new RegExp(`\\r\\n${name}: `, 'i'));
  }
};

describe('the static server', () => {
  it('serves hashed assets gzip-compressed, cached for a year, with the security headers', async () => {
    const response = await get('/help/unblock/assets/app-1234.js', { 'Accept-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toBe('console.log("app");'.repeat(100));
    // fetch decodes for us; the raw bytes must be a real gzip stream too, and smaller.
    const raw = await rawBody('/help/unblock/assets/app-1234.js');
    expect(raw.length).toBeLessThan(500);
    expect(gunzipSync(raw).toString('utf8')).toBe('console.log("app");'.repeat(100));
  });

  it('compresses a file once, and again when a rebuild changes it', async () => {
    writeFileSync(join(root, 'page.txt'), 'first build '.repeat(50));
    const first = await rawBody('/help/unblock/page.txt');
    expect(gunzipSync(first).toString('utf8')).toBe('first build '.repeat(50));
    expect(await rawBody('/help/unblock/page.txt')).toEqual(first);
    writeFileSync(join(root, 'page.txt'), 'second build, longer '.repeat(50));
    expect(gunzipSync(await rawBody('/help/unblock/page.txt')).toString('utf8')).toBe('second build, longer '.repeat(50));
    const head = await fetch(`${origin}/help/unblock/page.txt`, { method: 'HEAD', headers: { 'Accept-Encoding': 'gzip' } });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
  });

  it('answers a page at its URL without .html, other paths with 404.html, and paths outside the base path with a redirect to it', async () => {
    const deep = await get('/help/unblock/ja/5.7.750/connectors');
    expect(deep.status).toBe(200);
    expect(deep.headers.get('cache-control')).toBe('no-cache');
    expect(deep.headers.get('content-type')).toContain('text/html');
    expect(await deep.text()).toBe(pageHtml);
    for (const start of ['/help/unblock/ja/', '/help/unblock/ja']) expect(await (await get(start)).text()).toBe(indexHtml);
    const missing = await get('/help/unblock/ja/5.7.750/nowhere');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('text/html');
    expectSecurityHeaders(missing.headers);
    expect(await missing.text()).toBe(notFoundHtml);
    const outside = await get('/5.7.750/connectors');
    expect(outside.status).toBe(302);
    expect(outside.headers.get('location')).toBe('/help/unblock/');
    expectSecurityHeaders(outside.headers);
  });

  it('answers only GET and HEAD; anything else is 405 with Allow and the security headers', async () => {
    const head = await fetch(`${origin}/help/unblock/ja/5.7.750/connectors`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND']) {
      const response = await fetch(`${origin}/help/unblock/`, { method, body: method === 'OPTIONS' ? null : 'x' });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
      expectSecurityHeaders(response.headers);
      expect(await response.text()).not.toContain('<title>');
    }
    // fetch() refuses to send TRACE, so it goes over a bare socket.
    const trace = await rawExchange('TRACE /help/unblock/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(trace).toMatch(/^HTTP\/1\.1 405 /);
    expect(trace).toMatch(/\r\nAllow: GET, HEAD\r\n/i);
  });

  it('sends the security headers with the errors Node answers by itself (400, 431)', async () => {
    const malformed = await rawExchange('NOT A REQUEST\r\n\r\n');
    expect(malformed).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expectRawSecurityHeaders(malformed);
    const hugeHeader = await rawExchange(`GET /help/unblock/ HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(hugeHeader).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expectRawSecurityHeaders(hugeHeader);
    const hugeUrl = await rawExchange(`GET /help/unblock/${'a'.repeat(70_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect(hugeUrl).toMatch(/^HTTP\/1\.1 431 /);
    expectRawSecurityHeaders(hugeUrl);
    // The server is still there.
    expect((await get('/help/unblock/')).status).toBe(200);
  });

  it('never serves a file outside its folder', async () => {
    const response = await get('/help/unblock/..%2F..%2F..%2Fetc%2Fpasswd');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(notFoundHtml);
  });

  it('answers a missing hashed asset with 404, not with the page under a script name', async () => {
    const response = await get('/help/unblock/assets/app-old.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/plain');
  });

  it('answers 500 when the page cannot be read, and keeps serving once it is back', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    rmSync(join(root, '404.html'));
    const broken = await get('/help/unblock/5.7.705/domains');
    expect(broken.status).toBe(500);
    expect(await broken.text()).toMatch(/could not be read/);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('ENOENT'));
    writeFileSync(join(root, '404.html'), notFoundHtml);
    const again = await get('/help/unblock/', { 'Accept-Encoding': 'gzip' });
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(indexHtml);
  });

  it('keeps serving when a file vanishes between the request and the look at it', async () => {
    const actual = await vi.importActual<typeof import('node:fs')>('node:fs');
    writeFileSync(join(root, 'race.txt'), 'here a moment ago');
    // A rebuild removes the file just as the server stats it.
    vi.mocked(fs.statSync).mockImplementationOnce((path: fs.PathLike, options?: fs.StatSyncOptions) => {
      rmSync(path);
      return actual.statSync(path, options);
    });
    const response = await get('/help/unblock/race.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(notFoundHtml);
    expect((await get('/help/unblock/')).status).toBe(200);
  });
});

describe('the serve command line', () => {
  it('listens on the loopback address unless told otherwise', () => {
    expect(serveOptions(['node', 'serve.ts'], {})).toMatchObject({ host: '127.0.0.1', port: 4173, base: '/' });
    expect(serveOptions(['node', 'serve.ts', '--host', '::', '--port', '8080'], { HOST: '0.0.0.0' })).toMatchObject({
      host: '::',
      port: 8080,
    });
    expect(serveOptions(['node', 'serve.ts'], { HOST: '0.0.0.0', PORT: '5000', BASE_PATH: '/help' })).toMatchObject({
      host: '0.0.0.0',
      port: 5000,
      base: '/help/',
    });
  });
});
