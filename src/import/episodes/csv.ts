/**
 * A small RFC 4180 reader: separator ',' or ';' (taken from the header line), quoted fields with
 * doubled quotes, CRLF or LF. Yields records with their 1-based line number.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export function detectSeparator(text: string): ',' | ';' {
  const nl = text.indexOf('\n');
  const header = nl === -1 ? text : text.slice(0, nl);
  return header.split(';').length > header.split(',').length ? ';' : ',';
}

export function* readCsv(text: string, sep: ',' | ';' = detectSeparator(text)): Generator<CsvRecord> {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    const startLine = line;
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
        for (const ch of value) if (ch === '\n') line += 1;
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
      if (i >= n || text[i] === '\n') {
        i += 1;
        line += 1;
        break;
      }
      i += 1; // separator
    }
    if (fields.length === 1 && fields[0] === '') continue; // empty line
    yield { line: startLine, fields };
  }
}

function nextBreak(text: string, from: number, sep: string): number {
  const a = text.indexOf(sep, from);
  const b = text.indexOf('\n', from);
  if (a === -1) return b === -1 ? text.length : b;
  if (b === -1) return a;
  return Math.min(a, b);
}
