import { describe, expect, it } from 'vitest';
import { formatList } from '../format-list';

describe('formatList', () => {
  it('joins with a comma in English, as before', () => {
    expect(formatList(['5.7.703', '5.7.708'], 'en')).toBe('5.7.703, 5.7.708');
    expect(formatList(['a@contoso.com', 'b@contoso.com', 'c@contoso.com'], 'en')).toBe('a@contoso.com, b@contoso.com, c@contoso.com');
  });

  it('joins with the ideographic comma in Japanese', () => {
    expect(formatList(['5.7.703', '5.7.708'], 'ja')).toBe('5.7.703、5.7.708');
    expect(formatList(['5.7.703', '5.7.708', '5.7.711'], 'ja')).toBe('5.7.703、5.7.708、5.7.711');
  });

  it('joins as Taiwan Chinese does, with no half-width comma and spaces around 和 next to Latin text', () => {
    expect(formatList(['5.7.703', '5.7.708'], 'zh-TW')).toBe('5.7.703、5.7.708');
    const three = formatList(['5.7.703', '5.7.708', '5.7.711'], 'zh-TW');
    expect(three).not.toContain(',');
    expect(three).toMatch(/^5\.7\.703、5\.7\.708(、| 和 )5\.7\.711$/);
  });

  it('gives one item alone and nothing for none', () => {
    for (const language of ['en', 'ja', 'zh-TW']) {
      expect(formatList(['5.7.708'], language)).toBe('5.7.708');
      expect(formatList([], language)).toBe('');
    }
  });
});

describe('formatList over a list that can change', () => {
  it('keeps the text of a frozen list, and reads an unfrozen one afresh', () => {
    const frozen = Object.freeze(['a@x.com', 'b@x.com']);
    expect(formatList(frozen, 'ja')).toBe(formatList(frozen, 'ja'));
    expect(formatList(frozen, 'en')).toBe('a@x.com, b@x.com');
    const open = ['a@x.com', 'b@x.com'];
    expect(formatList(open, 'en')).toBe('a@x.com, b@x.com');
    open.push('c@x.com');
    expect(formatList(open, 'en')).toBe('a@x.com, b@x.com, c@x.com');
  });
});
