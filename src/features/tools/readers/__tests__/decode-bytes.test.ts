import { describe, expect, it } from 'vitest';
import { decodeInputBytes, looksBinary, looksLikeImage, sniffEncoding } from '../decode-bytes';
import { encode, FILE_ENCODINGS, fixture } from './structured-fixtures';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('sniffEncoding', () => {
  it('reads the byte order marks', () => {
    expect(sniffEncoding(bytes(0xef, 0xbb, 0xbf, 0x7b))).toBe('utf-8');
    expect(sniffEncoding(bytes(0xff, 0xfe, 0x7b, 0))).toBe('utf-16le');
    expect(sniffEncoding(bytes(0xfe, 0xff, 0, 0x7b))).toBe('utf-16be');
  });

  it('tells UTF-16 without a byte order mark by where its zero bytes fall', () => {
    expect(sniffEncoding(encode('Name : contoso.com', 'utf-16le without BOM'))).toBe('utf-16le');
    expect(sniffEncoding(encode('Name : contoso.com', 'utf-16be with BOM').subarray(2))).toBe('utf-16be');
    // Japanese dates have no zero bytes; the ASCII around them still has.
    expect(sniffEncoding(encode('WhenCreatedUTC : 2026/11/18 午前 2:14:09', 'utf-16le without BOM'))).toBe('utf-16le');
  });

  it('says UTF-8 for UTF-8, short input, and binary with zeros on both sides', () => {
    expect(sniffEncoding(ascii('contoso.com'))).toBe('utf-8');
    expect(sniffEncoding(ascii('ドメイン.example'))).toBe('utf-8');
    expect(sniffEncoding(bytes(0x41, 0))).toBe('utf-8');
    expect(sniffEncoding(new Uint8Array(64))).toBe('utf-8');
  });
});

describe('decodeInputBytes', () => {
  it('gives the same text, without a byte order mark, in every encoding', () => {
    const text = fixture('inbound-connectors-format-list.txt');
    for (const encoding of FILE_ENCODINGS) expect(decodeInputBytes(encode(text, encoding)), encoding).toBe(text);
    expect(decodeInputBytes(encode('2026/11/18 下午 02:14:09 ドメイン', 'utf-16le without BOM'))).toBe('2026/11/18 下午 02:14:09 ドメイン');
  });

  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    expect(decodeInputBytes(bytes(0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72))).toBe('Müller');
    expect(decodeInputBytes(new Uint8Array())).toBe('');
  });
});

describe('looksBinary', () => {
  it('is true for NULs inside the text and for many control characters', () => {
    expect(looksBinary('Name : contoso\u0000.com')).toBe(true);
    expect(looksBinary('\u0001\u0002\u0003\u0004abcdefgh')).toBe(true);
    expect(looksBinary(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x00))).toBe(true);
  });

  it('is false for text, colour codes, trailing NULs, and UTF-16 files (decoded first)', () => {
    expect(looksBinary(fixture('inbound-connectors-ps51.json'))).toBe(false);
    expect(looksBinary('\u001b[32;1mName\u001b[0m : contoso.com\r\n\tx')).toBe(false);
    expect(looksBinary('contoso.com\n\u0000\u0000')).toBe(false);
    expect(looksBinary(encode(fixture('accepted-domains-table.txt'), 'utf-16le without BOM'))).toBe(false);
    expect(looksBinary('')).toBe(false);
  });
});

describe('looksLikeImage', () => {
  it('knows PNG, JPEG, GIF, WebP and BMP by their first bytes', () => {
    expect(looksLikeImage(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d))).toBe(true);
    expect(looksLikeImage(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe(true);
    expect(looksLikeImage(ascii('GIF89a\u0001\u0000'))).toBe(true);
    expect(looksLikeImage(ascii('GIF87a'))).toBe(true);
    expect(looksLikeImage(ascii('RIFF\u0024\u0000\u0000\u0000WEBPVP8 '))).toBe(true);
    expect(looksLikeImage(bytes(0x42, 0x4d, 0x36, 0x10, 0x0e, 0, 0, 0, 0, 0, 0x36, 0, 0, 0))).toBe(true);
  });

  it('is false for text that starts like one', () => {
    expect(looksLikeImage(ascii('BMW.example\nfabrikam.example'))).toBe(false);
    expect(looksLikeImage(ascii('RIFF.example'))).toBe(false);
    expect(looksLikeImage(ascii('GIF8'))).toBe(false);
    expect(looksLikeImage(new Uint8Array())).toBe(false);
  });
});
