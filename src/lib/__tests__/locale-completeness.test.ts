// Every user-visible string exists in every language, with the same placeholders and markup tags.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../languages';

const root = join(import.meta.dirname, '../../..');
const namespaces = ['boot', 'ui', 'actions', 'tools'] as const;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  if (typeof value === 'string') entries.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, text] of flatten(child, prefix ? `${prefix}.${key}` : key)) entries.set(path, text);
    }
  } else throw new Error(`${prefix} is neither text nor a group`);
  return entries;
}

const load = (language: string, namespace: string) =>
  flatten(JSON.parse(readFileSync(join(root, 'locales', language, `${namespace}.json`), 'utf8')));

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}|<\/?(\w+)>/g)].map((m) => m[0]).sort();

describe.each(namespaces)('locales/*/%s.json', (namespace) => {
  const english = load('en', namespace);

  it.each(languages.filter((language) => language !== 'en'))('%s has exactly the English keys', (language) => {
    const other = load(language, namespace);
    const missing = [...english.keys()].filter((key) => !other.has(key));
    const extra = [...other.keys()].filter((key) => !english.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(languages)('%s has no empty strings and the same placeholders as English', (language) => {
    for (const [key, text] of load(language, namespace)) {
      expect(text.trim(), `${language} ${namespace}:${key}`).not.toBe('');
      expect(placeholders(text), `${language} ${namespace}:${key}`).toEqual(placeholders(english.get(key) ?? ''));
    }
  });

  it.each(languages)('%s holds no HTML', (language) => {
    for (const [key, text] of load(language, namespace)) {
      expect(text, `${language} ${namespace}:${key}`).not.toMatch(/<(?!\/?(source|license)>)[a-z/]/i);
    }
  });
});
