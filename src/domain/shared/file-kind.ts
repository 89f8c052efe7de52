/**
 * What kind of file the bytes are, by content rather than by name or declared type (both are
 * chosen by the sender). Used before any parser sees an upload.
 */
export type FileKind = 'xlsx' | 'csv' | 'xml' | 'json' | 'pdf' | 'docx';

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function text(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Windows-1252 exports from Excel are common in municipalities: accept as text without NUL bytes.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Does `bytes` look like a file of `kind`? Office files are zip containers: the caller's parser checks further. */
export function looksLike(bytes: Uint8Array, kind: FileKind): boolean {
  switch (kind) {
    case 'xlsx':
    case 'docx':
      return startsWith(bytes, ZIP);
    case 'pdf':
      return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]);
    case 'xml': {
      const s = text(bytes.subarray(0, 1024))?.trimStart();
      return s !== undefined && s !== null && s.startsWith('<');
    }
    case 'json': {
      const s = text(bytes);
      if (s === null) return false;
      try {
        JSON.parse(s);
        return true;
      } catch {
        return false;
      }
    }
    case 'csv': {
      if (startsWith(bytes, ZIP) || startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return false;
      const s = text(bytes);
      return s !== null && !s.trimStart().startsWith('<');
    }
  }
}
