const cache = new Map<string, string | null>();

/**
 * 'jjjj-mm-dd' or 'dd-mm-jjjj' → 'jjjj-mm-dd', or null when not a real date. A canonical date is
 * checked with char codes and returned as it is; other forms are memoised: an import of a
 * million rows has only a few thousand distinct dates.
 */
export function parseDutchDate(raw: string): string | null {
  if (isIsoDay(raw)) return raw;
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const out = parseUncached(raw);
  if (cache.size > 100_000) cache.clear();
  cache.set(raw, out);
  return out;
}

function parseUncached(raw: string): string | null {
  const v = raw.trim();
  let y: number;
  let m: number;
  let d: number;
  let r = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (r) {
    y = Number(r[1]);
    m = Number(r[2]);
    d = Number(r[3]);
  } else {
    r = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(v);
    if (!r) return null;
    d = Number(r[1]);
    m = Number(r[2]);
    y = Number(r[3]);
  }
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate() || y < 1900 || y > 2200) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The common case without a lookup or a regex: exactly 'jjjj-mm-dd' of a real day, already in
 * the form we store, so the input itself is the answer.
 */
function isIsoDay(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digitsAt(s, 0, 4);
  const m = digitsAt(s, 5, 2);
  const d = digitsAt(s, 8, 2);
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (DAYS_IN_MONTH[m] ?? 0) + (leap ? 1 : 0);
}

/** The number written by `len` ASCII digits from `at`, or -1 when one is not a digit. */
function digitsAt(s: string, at: number, len: number): number {
  let v = 0;
  for (let i = at; i < at + len; i += 1) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** isIsoDay for the 10 bytes of ASCII text at `at` (the plain-line path of the episode scan). */
export function isIsoDayAt(b: Uint8Array, at: number): boolean {
  if (b[at + 4] !== 45 || b[at + 7] !== 45) return false;
  const y = bytesAt(b, at, 4);
  const m = bytesAt(b, at + 5, 2);
  const d = bytesAt(b, at + 8, 2);
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (DAYS_IN_MONTH[m] ?? 0) + (leap ? 1 : 0);
}

function bytesAt(b: Uint8Array, at: number, len: number): number {
  let v = 0;
  for (let i = at; i < at + len; i += 1) {
    const c = (b[i] ?? 0) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}
