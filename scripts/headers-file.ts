// The text of dist/_headers (Netlify and Cloudflare Pages syntax), from the one definition of the headers. The build
// writes it: the CSP names the hash of the early script, which depends on the base path.
import { securityHeaders } from '../security-headers';

export function headersFile(base = '/'): string {
  const lines = Object.entries(securityHeaders(base)).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Security headers for static hosts (Netlify, Cloudflare Pages), written by the build from security-headers.ts.',
    '/*',
    ...lines,
    '',
    '# Content-hashed files never change under their URL.',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
