import { describe, expect, it } from 'vitest';
import { hasHiddenCharacters, visibleLine, visibleText } from '../visible-text';

describe('visibleLine', () => {
  it('marks bidi overrides, embeddings and isolates, so text is never shown reordered', () => {
    expect(visibleLine('contoso\u202Emoc.live\u202C.onmicrosoft.com')).toBe('contoso⟨U+202E⟩moc.live⟨U+202C⟩.onmicrosoft.com');
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c]) {
      const character = String.fromCodePoint(code);
      expect(visibleLine(`a${character}b`)).toBe(`a⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩b`);
    }
  });

  it('marks zero-width characters, the BOM and tag characters', () => {
    expect(visibleLine('con\u200Btoso\u200C\u200D\u2060\uFEFF')).toBe('con⟨U+200B⟩toso⟨U+200C⟩⟨U+200D⟩⟨U+2060⟩⟨U+FEFF⟩');
    expect(visibleLine('x\u{E0041}')).toBe('x⟨U+E0041⟩');
    expect(visibleLine('a\u3164b')).toBe('a⟨U+3164⟩b');
  });

  it('marks C0 and C1 control characters and DEL', () => {
    expect(visibleLine('a\u0000b\u0007c\u001B[31md\u007Fe\u0080f\u009Bg')).toBe(
      'a⟨U+0000⟩b⟨U+0007⟩c⟨U+001B⟩[31md⟨U+007F⟩e⟨U+0080⟩f⟨U+009B⟩g',
    );
  });

  it('turns every kind of line break into ⏎, so a value cannot start a line of its own, and a tab into a space', () => {
    expect(visibleLine('contoso\nActions resolved: 17 of 17')).toBe('contoso⏎Actions resolved: 17 of 17');
    expect(visibleLine('a\r\nb\rc\u2028d\u2029e\u0085f\vg\fh\ti')).toBe('a⏎b⏎c⏎d⏎e⏎f⏎g⏎h i');
  });

  it('leaves ordinary text alone, in any script', () => {
    for (const text of ['contoso.onmicrosoft.com', '承認済みドメイン (コネクタ)', '公認的網域，連接器。', 'שלום עולם', 'Café – “ok” 😀']) {
      expect(visibleLine(text)).toBe(text);
      expect(visibleText(text)).toBe(text);
      expect(hasHiddenCharacters(text)).toBe(false);
    }
    expect(hasHiddenCharacters('a\u202Eb')).toBe(true);
  });
});

describe('visibleText', () => {
  it('keeps line breaks (as \\n) and tabs in multi-line text, and marks the rest', () => {
    expect(visibleText('Removed connector \u202Egnp.exe\u202C\r\nthen\tchecked\u0000')).toBe(
      'Removed connector ⟨U+202E⟩gnp.exe⟨U+202C⟩\nthen\tchecked⟨U+0000⟩',
    );
    expect(visibleText('one\u2028two\rthree')).toBe('one\ntwo\nthree');
  });
});
