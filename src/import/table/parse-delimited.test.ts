import { describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/shared/errors';
import { cellText, isEmptyMarker, splitEntries } from './cells';
import { decodeText } from './decode-text';
import { parseDelimited } from './parse-delimited';

describe('parseDelimited', () => {
  it('numbers records as a spreadsheet shows them, counting blank lines and not line breaks inside quotes', () => {
    const rows = parseDelimited('a;b\r\n\r\n"x\r\ny";"say ""hi"""\nlast', ';');
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: [''] },
      { row: 3, cells: ['x\ny', 'say "hi"'] },
      { row: 4, cells: ['last'] },
    ]);
  });

  it('keeps a quote inside an unquoted cell and text after a closing quote', () => {
    expect(parseDelimited('5" scherm,"a"b', ',')).toEqual([{ row: 1, cells: ['5" scherm', 'ab'] }]);
  });

  it('refuses an unterminated quoted cell, naming the row where it opened', () => {
    expect(() => parseDelimited('a\tb\n1\t"open\n2\tx', '\t')).toThrow(DomainError);
    try {
      parseDelimited('a\tb\n1\t"open\n2\tx', '\t');
    } catch (e) {
      expect((e as DomainError).details).toEqual([{ row: 2, reason: 'aanhalingsteken wordt niet gesloten; is het bestand afgebroken?' }]);
    }
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, Windows-1252 and UTF-16', () => {
    expect(decodeText(new TextEncoder().encode('café €'))).toEqual({ text: 'café €', encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a', encoding: 'utf-8-bom' });
    expect(decodeText(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x93, 0x94]))).toEqual({
      text: 'café €“”',
      encoding: 'windows-1252',
    });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]))).toEqual({ text: 'aé', encoding: 'utf-16le' });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, 0x00, 0x61, 0x20, 0xac]))).toEqual({ text: 'a€', encoding: 'utf-16be' });
  });

  it('refuses binary data and broken UTF-16', () => {
    expect(() => decodeText(Uint8Array.from([0x61, 0x00, 0x62]))).toThrow(/binaire gegevens/);
    expect(() => decodeText(Uint8Array.from([0xff, 0xfe, 0x61]))).toThrow(/afgebroken/);
    expect(() => decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0xff]))).toThrow(/ongeldige UTF-8/);
  });
});

describe('cells', () => {
  it('cleans cell text without losing line breaks', () => {
    expect(cellText('  a\u00a0 b \r\n\r\n c\u0007 ')).toBe('a b\nc');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(undefined)).toBe('');
  });

  it.each(['', 'n.v.t.', 'N.V.T', 'nvt', 'n. v. t.', '-', '–', '—', '--'])('%j is an empty marker', (t) => {
    expect(isEmptyMarker(t)).toBe(true);
  });

  it.each(['0', 'nee', 'geen', 'n.t.b.', '- iets'])('%j is content', (t) => {
    expect(isEmptyMarker(t)).toBe(false);
  });

  it('splits bullet lists and keeps other multi-line text whole', () => {
    expect(splitEntries('- Inloop\n• Maatje\n* Buurtteam')).toEqual(['Inloop', 'Maatje', 'Buurtteam']);
    expect(splitEntries('Inloop op dinsdag\n- en donderdag')).toEqual(['Inloop op dinsdag\n- en donderdag']);
    expect(splitEntries('- n.v.t.\n- Maatje')).toEqual(['Maatje']);
    expect(splitEntries('nvt')).toEqual([]);
  });
});
