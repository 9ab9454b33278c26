import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createStaticServer } from './serve';

const root = mkdtempSync(join(tmpdir(), 'unblock-serve-'));
const indexHtml = '<!doctype html><title>Unblock</title>';
const server = createStaticServer(root, '/help/unblock/');
let origin = '';

beforeAll(async () => {
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), indexHtml);
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

  it('answers deep links with the app, and paths outside the base path with a redirect to it', async () => {
    const deep = await get('/help/unblock/5.7.750/connectors');
    expect(deep.status).toBe(200);
    expect(deep.headers.get('cache-control')).toBe('no-cache');
    expect(await deep.text()).toBe(indexHtml);
    const outside = await get('/5.7.750/connectors');
    expect(outside.status).toBe(302);
    expect(outside.headers.get('location')).toBe('/help/unblock/');
  });

  it('never serves a file outside its folder', async () => {
    const response = await get('/help/unblock/..%2F..%2F..%2Fetc%2Fpasswd');
    expect(await response.text()).toBe(indexHtml);
  });

  it('answers a missing hashed asset with 404, not with the page under a script name', async () => {
    const response = await get('/help/unblock/assets/app-old.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/plain');
  });

  it('answers 500 when the page cannot be read, and keeps serving once it is back', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    rmSync(join(root, 'index.html'));
    const broken = await get('/help/unblock/5.7.705/domains');
    expect(broken.status).toBe(500);
    expect(await broken.text()).toMatch(/could not be read/);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('ENOENT'));
    writeFileSync(join(root, 'index.html'), indexHtml);
    const again = await get('/help/unblock/', { 'Accept-Encoding': 'gzip' });
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(indexHtml);
  });
});
