import type { Cell } from './raw-table';

/**
 * Cell text as the user meant it: control characters dropped, non-breaking and odd spaces made
 * plain, each line trimmed, runs of spaces and blank lines collapsed. Line breaks inside a cell
 * are kept (a Word cell with several paragraphs).
 */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  return withoutControls(cell)
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** `n.v.t.`, `nvt`, `-` and empty all mean "nothing here". */
export function isEmptyMarker(text: string): boolean {
  const squeezed = text.toLowerCase().replace(/[\s.]/g, '');
  return squeezed === '' || squeezed === 'nvt' || /^[-–—]+$/.test(squeezed);
}

/** Lower case, accents removed, punctuation to spaces: for matching headers and titles. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BULLET = /^[•·▪◦●■\-–*]\s+/;

/**
 * One cell may list several entries as bullets (a Word list pasted into one cell): when every
 * line is a bullet, each becomes its own entry. Otherwise the cell is one entry. Empty markers
 * are dropped.
 */
export function splitEntries(text: string): string[] {
  if (isEmptyMarker(text)) return [];
  const lines = text.split('\n').filter((line) => line !== '');
  const entries = lines.every((line) => BULLET.test(line)) ? lines.map((line) => line.replace(BULLET, '').trim()) : [text];
  return entries.filter((entry) => !isEmptyMarker(entry));
}

/** Drops C0/C1 control characters and byte-order marks, keeping tab, line feed and carriage return. */
function withoutControls(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const control =
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f) || c === 0xfeff || c === 0xfffe || c === 0xffff;
    if (!control) out += ch;
  }
  return out;
}
