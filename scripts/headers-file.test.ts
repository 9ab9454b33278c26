import { describe, expect, it } from 'vitest';
import { earlyScript } from '../src/boot/early-script';
import { contentSecurityPolicy, scriptHashSource } from '../security-headers';
import { headersFile } from './headers-file';

describe('the security headers', () => {
  it('forbid inline script but the early script, by its hash; plugins and base rewriting too', () => {
    const csp = contentSecurityPolicy({ meta: false });
    expect(csp).toContain(`script-src 'self' ${scriptHashSource(earlyScript('/'))}`);
    expect(csp).toMatch(/'sha256-[A-Za-z0-9+/]{43}='/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(contentSecurityPolicy({ meta: true })).not.toContain('frame-ancestors');
  });

  it('allow the early script of the base path the build is for, and only that one', () => {
    const atRoot = contentSecurityPolicy({ meta: true, base: '/' });
    const underPath = contentSecurityPolicy({ meta: true, base: '/help/unblock/' });
    expect(underPath).toContain(scriptHashSource(earlyScript('/help/unblock/')));
    expect(underPath).not.toContain(scriptHashSource(earlyScript('/')));
    expect(atRoot).not.toBe(underPath);
  });

  it('go into _headers for static hosts with the same CSP as the pages', () => {
    const file = headersFile('/help/unblock/');
    expect(file).toContain(`Content-Security-Policy: ${contentSecurityPolicy({ meta: false, base: '/help/unblock/' })}`);
    expect(file).toMatch(/\/assets\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  });
});
