import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../security-headers';
import { headersFile } from './headers-file';

describe('public/_headers', () => {
  it('matches security-headers.ts (regenerate with: npx tsx -e "…headersFile()")', () => {
    expect(readFileSync(join(import.meta.dirname, '../public/_headers'), 'utf8')).toBe(headersFile());
  });

  it('forbids inline script, plugins and base rewriting', () => {
    const csp = contentSecurityPolicy({ meta: false });
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(contentSecurityPolicy({ meta: true })).not.toContain('frame-ancestors');
  });
});
