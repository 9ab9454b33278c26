// The text of public/_headers (Netlify and Cloudflare Pages syntax), from the one definition of the headers.
import { securityHeaders } from '../security-headers';

export function headersFile(): string {
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Security headers for static hosts (Netlify, Cloudflare Pages). Generated from security-headers.ts;',
    '# a unit test fails when this file and that definition differ.',
    '/*',
    ...lines,
    '',
    '# Content-hashed files never change under their URL.',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
