import { DomainError, type ErrorDetail } from '../../domain/shared/errors';

/**
 * Inhabitants per gemeente from a CBS StatLine CSV export (e.g. table 03759ned or 70072ned).
 * Accepts both the "as shown" export (region names, "2024", "103 785") and the typed data set
 * (codes "GM0983", periods "2024JJ00"). Title and footer lines around the table are skipped.
 * CBS's "." (unknown or secret) becomes an unknown figure, never a zero.
 */
export interface PopulationCsvRow {
  /** 1-based line number in the file. */
  line: number;
  /** Four-digit CBS code when the file gives one ("GM0983" → "0983"). */
  cbsCode: string | null;
  /** The region as written when there is no code. */
  regionName: string | null;
  year: number;
  inhabitants: number | null;
}

function splitLine(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((c) => c.trim());
}

const UNKNOWN = new Set(['.', 'x', '', '-', '?']);

export function parseCbsPopulationCsv(text: string): PopulationCsvRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header = -1;
  let sep = ';';
  let cols: string[] = [];
  for (let i = 0; i < lines.length && header < 0; i++) {
    const line = lines[i] ?? '';
    for (const s of [';', ',', '\t']) {
      const c = splitLine(line, s).map((x) => x.toLowerCase());
      if (c.length >= 3 && c.some((x) => x.includes('regio')) && c.some((x) => x.includes('perioden'))) {
        header = i;
        sep = s;
        cols = c;
        break;
      }
    }
  }
  if (header < 0) {
    throw new DomainError(
      'IMPORT_FILE_INVALID',
      "Dit lijkt geen CBS StatLine-export: een kopregel met 'Regio's' en 'Perioden' ontbreekt.",
      [{ reason: "kopregel met 'Regio's' en 'Perioden' niet gevonden" }],
    );
  }
  const regionCol = cols.findIndex((x) => x.includes('regio'));
  const periodCol = cols.findIndex((x) => x.includes('perioden'));
  const valueCol = cols.findIndex((x, i) => i !== regionCol && i !== periodCol && /bevolking|inwoners|aantal/.test(x));
  if (valueCol < 0) {
    throw new DomainError('IMPORT_FILE_INVALID', 'De kolom met het aantal inwoners (bevolking) ontbreekt.', [
      { row: header + 1, field: 'bevolking', reason: 'kolom ontbreekt' },
    ]);
  }
  const rows: PopulationCsvRow[] = [];
  const problems: ErrorDetail[] = [];
  for (let i = header + 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const c = splitLine(raw, sep);
    const region = c[regionCol] ?? '';
    const period = c[periodCol] ?? '';
    const yearMatch = /^(\d{4})(JJ00)?$/i.exec(period) ?? /(\d{4})$/.exec(period);
    // Footer lines ("Bron: CBS", "© …") have no period: they end the table.
    if (c.length <= Math.max(regionCol, periodCol, valueCol) || !yearMatch) continue;
    const code = /GM(\d{4})/i.exec(region);
    const value = (c[valueCol] ?? '').replace(/[\s.\u00a0](?=\d{3}\b)/g, '');
    let inhabitants: number | null = null;
    if (!UNKNOWN.has(value)) {
      if (!/^\d+$/.test(value)) {
        problems.push({ row: i + 1, field: 'bevolking', reason: `'${c[valueCol] ?? ''}' is geen aantal` });
        continue;
      }
      inhabitants = Number(value);
    }
    rows.push({
      line: i + 1,
      cbsCode: code?.[1] ?? null,
      regionName: code ? null : region.replace(/\s*\(.*\)\s*$/, '').trim(),
      year: Number(yearMatch[1]),
      inhabitants,
    });
  }
  if (problems.length > 0) {
    throw new DomainError(
      'IMPORT_ROW_INVALID',
      `Het CBS-bestand is niet ingelezen: ${problems.map((p) => `regel ${p.row}: ${p.reason}`).join('; ')}`,
      problems,
    );
  }
  return rows;
}
