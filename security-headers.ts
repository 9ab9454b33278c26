// One definition of the security headers: the preview server sends them, the build writes them into dist/_headers, and
// each page carries the CSP as a meta tag. The one inline script (the early script, src/boot/early-script.ts) is allowed
// by its hash, which depends on the base path the build is made for.
import { createHash } from 'node:crypto';
import { earlyScript } from './src/boot/early-script.ts';

/** The CSP source that allows exactly this inline script. */
export const scriptHashSource = (script: string): string => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

export function contentSecurityPolicy({ meta, base = '/' }: { meta: boolean; base?: string }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${scriptHashSource(earlyScript(base))}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    // Browsers ignore frame-ancestors in a meta tag, so only the header carries it.
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ];
  return directives.join('; ');
}

export function securityHeaders(base = '/'): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ meta: false, base }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}
