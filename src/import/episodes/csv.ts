/**
 * A small RFC 4180 reader: separator ',' or ';' (taken from the header line), quoted fields with
 * doubled quotes, CRLF or LF. Yields records with their 1-based line number.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** One record read from a position: its fields, where the next record starts, and how many lines it took. */
export interface RecordAt {
  fields: string[];
  next: number;
  lines: number;
}

export function detectSeparator(text: string): ',' | ';' {
  const nl = text.indexOf('\n');
  const header = nl === -1 ? text : text.slice(0, nl);
  return header.split(';').length > header.split(',').length ? ';' : ',';
}

/** A record of one empty field is an empty line, which readers skip. */
export function isEmptyRecord(fields: readonly string[]): boolean {
  return fields.length === 1 && fields[0] === '';
}

export function* readCsv(text: string, sep: ',' | ';' = detectSeparator(text)): Generator<CsvRecord> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < text.length) {
    const rec = readRecord(text, i, sep);
    const startLine = line;
    i = rec.next;
    line += rec.lines;
    if (!isEmptyRecord(rec.fields)) yield { line: startLine, fields: rec.fields };
  }
}

/**
 * The record that starts at `from` (the start of a line), up to and including its line break. A
 * quoted field may span lines; `lines` counts them so callers keep the file's line numbers.
 */
export function readRecord(text: string, from: number, sep: string): RecordAt {
  const n = text.length;
  let i = from;
  let lines = 0;
  const fields: string[] = [];
  for (;;) {
    let value = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          value += text.slice(i);
          i = n;
          break;
        }
        value += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          value += '"';
          i += 1;
        } else break;
      }
      for (let nl = value.indexOf('\n'); nl !== -1; nl = value.indexOf('\n', nl + 1)) lines += 1;
      // Anything after the closing quote up to the separator is kept, as spreadsheets do.
      const end = nextBreak(text, i, sep);
      value += text.slice(i, end);
      i = end;
    } else {
      const end = nextBreak(text, i, sep);
      value = text.slice(i, end);
      i = end;
    }
    fields.push(value.endsWith('\r') ? value.slice(0, -1) : value);
    if (i >= n || text[i] === '\n') return { fields, next: i + 1, lines: lines + 1 };
    i += 1; // separator
  }
}

function nextBreak(text: string, from: number, sep: string): number {
  const a = text.indexOf(sep, from);
  const b = text.indexOf('\n', from);
  if (a === -1) return b === -1 ? text.length : b;
  if (b === -1) return a;
  return Math.min(a, b);
}
