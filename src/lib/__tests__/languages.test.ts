import { describe, expect, it } from 'vitest';
import { normalizeLanguage } from '../languages';

describe('normalizeLanguage', () => {
  it.each([
    ['en', 'en'], ['en-US', 'en'], ['en-GB', 'en'], ['ja', 'ja'], ['ja-JP', 'ja'],
    ['zh-TW', 'zh-TW'], ['zh-tw', 'zh-TW'], ['zh-Hant', 'zh-TW'], ['zh-Hant-TW', 'zh-TW'], ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'], ['zh-Hant-HK', 'zh-TW'], ['zh_TW', 'zh-TW'],
  ])('%s → %s', (tag, expected) => {
    expect(normalizeLanguage(tag)).toBe(expected);
  });

  it.each(['zh', 'zh-CN', 'zh-Hans', 'zh-SG', 'fr', 'de-DE', '', '<script>', 'x'.repeat(500)])('%s is not supported', (tag) => {
    expect(normalizeLanguage(tag)).toBeUndefined();
  });

  it('tolerates missing values', () => {
    expect(normalizeLanguage(null)).toBeUndefined();
    expect(normalizeLanguage(undefined)).toBeUndefined();
  });
});
