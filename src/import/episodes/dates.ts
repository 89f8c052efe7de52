const cache = new Map<string, string | null>();

/**
 * 'jjjj-mm-dd' or 'dd-mm-jjjj' → 'jjjj-mm-dd', or null when not a real date. Memoised: an import
 * of a million rows has only a few thousand distinct dates.
 */
export function parseDutchDate(raw: string): string | null {
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
