import { describe, expect, it } from 'vitest';
import { looksLike } from './file-kind';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('looksLike', () => {
  it('recognises files by their content, not their name', () => {
    expect(looksLike(bytes('gemeente;aantal\nVenlo;12\n'), 'csv')).toBe(true);
    expect(looksLike(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'xlsx')).toBe(true);
    expect(looksLike(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'csv')).toBe(false);
    expect(looksLike(bytes('<?xml version="1.0"?><Bericht/>'), 'xml')).toBe(true);
    expect(looksLike(bytes('{"a":1}'), 'json')).toBe(true);
    expect(looksLike(bytes('{"a":'), 'json')).toBe(false);
    expect(looksLike(bytes('<html><script>x</script>'), 'csv')).toBe(false);
    expect(looksLike(new Uint8Array([0x61, 0x00, 0x62]), 'csv')).toBe(false);
    expect(looksLike(bytes('%PDF-1.7'), 'pdf')).toBe(true);
  });

  it('accepts Windows-1252 CSV exports', () => {
    expect(looksLike(new Uint8Array([0x43, 0x6c, 0x69, 0xeb, 0x6e, 0x74, 0x0a]), 'csv')).toBe(true);
  });
});
