import { DomainError } from '../../domain/shared/errors';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/**
 * Bytes → text. Valid UTF-8 (with or without BOM) is read as UTF-8; anything else is read as
 * Windows-1252, which is what Excel and Word on Dutch Windows write as "CSV" or "Text". A UTF-16
 * BOM (Excel's "Unicode text") is honoured. NUL bytes without a UTF-16 BOM mean a binary file.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryUtf8(bytes.subarray(3));
    if (text !== null) return { text, encoding: 'utf-8-bom' };
    throw notText('het bestand begint als UTF-8 maar bevat ongeldige UTF-8-tekens');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (bytes.includes(0)) throw notText('het bestand bevat binaire gegevens (NUL-tekens)');
  const text = tryUtf8(bytes);
  if (text !== null) return { text, encoding: 'utf-8' };
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function utf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 !== 0) throw notText('het UTF-16-bestand is afgebroken (oneven aantal bytes)');
  // Not every Node build knows 'utf-16be'; swapping the bytes makes it little-endian.
  const le = order === 'utf-16le' ? bytes : bytes.map((_, i) => bytes[i % 2 === 0 ? i + 1 : i - 1] ?? 0);
  try {
    return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(le);
  } catch {
    throw notText('het bestand bevat ongeldige UTF-16-tekens');
  }
}

function notText(reason: string): DomainError {
  return new DomainError('IMPORT_FILE_INVALID', `Het bestand is geen leesbare tabel: ${reason}.`, [{ reason }]);
}

/**
 * Windows-1252 is Latin-1 except for 0x80–0x9F (€, curly quotes, dashes, …). Node builds without
 * full ICU decode the label 'windows-1252' as Latin-1, so the difference is mapped here. The five
 * unassigned bytes decode to U+FFFD.
 */
const CP1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] ?? '\ufffd') : String.fromCharCode(byte);
  }
  return text;
}
