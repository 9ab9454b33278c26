import { describe, expect, it } from 'vitest';
import { mergeText, shiftPosition, splice } from '../merge-text';

describe('splice', () => {
  it('finds the one changed span', () => {
    expect(splice('abc', 'abXc')).toEqual({ start: 2, end: 2, text: 'X' });
    expect(splice('abc', 'ac')).toEqual({ start: 1, end: 2, text: '' });
    expect(splice('aaa', 'aaaa')).toEqual({ start: 3, end: 3, text: 'a' });
    expect(splice('same', 'same')).toEqual({ start: 4, end: 4, text: '' });
  });
});

describe('mergeText', () => {
  it('takes the only side that changed', () => {
    expect(mergeText('a', 'ab', 'a')).toEqual({ text: 'ab', clean: true });
    expect(mergeText('a', 'a', 'ba')).toEqual({ text: 'ba', clean: true });
    expect(mergeText('a', 'x', 'x')).toEqual({ text: 'x', clean: true });
  });

  it('applies edits of separate places both', () => {
    const base = 'Alice: removed relay connector. ';
    expect(mergeText(base, `${base}Alice again.`, `${base}Bob: added fabrikam.com. `)).toEqual({
      text: `${base}Bob: added fabrikam.com. Alice again.`,
      clean: true,
    });
    expect(mergeText('one two three', 'ONE two three', 'one two THREE')).toEqual({ text: 'ONE two THREE', clean: true });
    expect(mergeText('one two three', 'one two THREE', 'ONE two three')).toEqual({ text: 'ONE two THREE', clean: true });
    expect(mergeText('keep this', 'keep', 'keep this, and that')).toEqual({ text: 'keep, and that', clean: true });
  });

  it('keeps both texts when both changed the same place', () => {
    expect(mergeText('EX01 closed', 'EX03 closed', 'EX02 closed')).toEqual({ text: 'EX02 closed\n3', clean: false });
    expect(mergeText('abc', 'aXc', 'a', ' ')).toEqual({ text: 'a X', clean: false });
    // A deletion that clashes loses nothing typed: theirs stays.
    expect(mergeText('abcdef', 'af', 'abXYef')).toEqual({ text: 'abXYef', clean: false });
  });
});

describe('shiftPosition', () => {
  it('keeps a caret with the text around it', () => {
    expect(shiftPosition(2, 'abcd', 'XYabcd')).toBe(4);
    expect(shiftPosition(2, 'abcd', 'abcdXY')).toBe(2);
    expect(shiftPosition(2, 'abcd', 'aXd')).toBe(2);
    expect(shiftPosition(4, 'abcd', 'ab')).toBe(2);
  });
});
