import type { Segment } from './responses';

/**
 * Highlighted excerpts as data: a list of segments, each plain text or a match. The web renders
 * them as text (a <mark> around matches), so nothing from a field is ever read as HTML.
 *
 * The database marks the matching words with ts_headline over the folded text (search_fold: one
 * character for one character) with the control characters \u0001 … \u0002 around each match;
 * since folding keeps every position, the same positions in the text as typed are the matches.
 */
export type { Segment };

export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

/** Segments of `original` from the marked folded text; without a usable marking, the text unmarked. */
export function segmentsFromMarked(original: string, marked: string): Segment[] {
  const chars = [...original];
  const out: Segment[] = [];
  let pos = 0;
  let inMatch = false;
  let buf = '';
  const flush = () => {
    if (buf) out.push({ text: buf, match: inMatch });
    buf = '';
  };
  for (const c of marked) {
    if (c === MARK_START || c === MARK_END) {
      flush();
      inMatch = c === MARK_START;
      continue;
    }
    if (pos >= chars.length) return [{ text: original, match: false }];
    buf += chars[pos];
    pos += 1;
  }
  flush();
  if (pos !== chars.length) return [{ text: original, match: false }];
  return merge(out);
}

function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    if (!s.text) continue;
    const last = out[out.length - 1];
    if (last && last.match === s.match) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** Marks numbers written with thousands dots ("2.500") that equal a number typed without ("2500"). */
export function markNumbers(segments: Segment[], numbers: readonly string[]): Segment[] {
  if (numbers.length === 0) return segments;
  const wanted = new Set(numbers);
  const out: Segment[] = [];
  for (const s of segments) {
    if (s.match) {
      out.push(s);
      continue;
    }
    let last = 0;
    for (const m of s.text.matchAll(/(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d])/g)) {
      if (!wanted.has(m[0].replace(/\./g, ''))) continue;
      const at = m.index;
      if (at > last) out.push({ text: s.text.slice(last, at), match: false });
      out.push({ text: m[0], match: true });
      last = at + m[0].length;
    }
    if (last < s.text.length) out.push({ text: s.text.slice(last), match: false });
  }
  return merge(out);
}

/**
 * A short excerpt around the first match: at most `max` characters of text (cut at spaces), "…" where
 * it was cut. A text without a match gives its beginning.
 */
export function excerpt(segments: Segment[], max = 240): Segment[] {
  const full = segments.map((s) => s.text).join('');
  if ([...full].length <= max) return merge(segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') })));
  let offset = 0;
  let firstMatch = -1;
  for (const s of segments) {
    if (s.match) {
      firstMatch = offset;
      break;
    }
    offset += s.text.length;
  }
  // Start a little before the first match, at a word boundary.
  let start = firstMatch < 0 ? 0 : Math.max(0, firstMatch - Math.floor(max / 3));
  if (start > 0) {
    const space = full.indexOf(' ', start);
    start = space >= 0 && space < (firstMatch < 0 ? full.length : firstMatch) ? space + 1 : start;
  }
  let end = Math.min(full.length, start + max);
  if (end < full.length) {
    const space = full.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  const out: Segment[] = [];
  if (start > 0) out.push({ text: '… ', match: false });
  offset = 0;
  for (const s of segments) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + s.text.length);
    if (to > from) out.push({ text: s.text.slice(from - offset, to - offset), match: s.match });
    offset += s.text.length;
  }
  if (end < full.length) out.push({ text: ' …', match: false });
  return merge(out.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ') })));
}
