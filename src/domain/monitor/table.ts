import { neutraliseFormula } from '../shared/spreadsheet-cell';
import type { Count, Measure, MonitorResult } from './responses';

/**
 * Flat table of a monitor result: one line per period × unit × product; reasons as columns. Text
 * cells (unit codes and names come from imported files) are neutralised against formulas.
 */
export function monitorTable(result: MonitorResult): { header: string[]; rows: (string | number | null)[][] } {
  const codes = Object.keys(result.reason_labels).sort();
  const header = [
    'periode',
    'periode_start',
    'periode_einde',
    'eenheid_soort',
    'eenheid_code',
    'eenheid_naam',
    'product',
    'in_zorg',
    'instroom',
    'uitstroom',
    'zorgdagen',
    'gemiddelde_bezetting',
    'bezettingsgraad',
    'doorlooptijd_mediaan',
    'doorlooptijd_gemiddeld',
    'pgb',
    ...codes.map((c) => `reden_${c}`),
  ];
  const rows = result.rows.map((r) =>
    safe([
      r.period.key,
      r.period.start,
      r.period.end,
      r.unit_kind,
      r.unit_code,
      r.unit_name,
      r.product,
      r.in_zorg,
      r.instroom,
      r.uitstroom,
      r.zorgdagen,
      r.gemiddelde_bezetting,
      r.bezettingsgraad,
      r.doorlooptijd_mediaan,
      r.doorlooptijd_gemiddeld,
      r.pgb,
      ...codes.map((c) => r.redenen_einde[c] ?? 0),
    ]),
  );
  return { header, rows };
}

const safe = (row: (string | number | null)[]) => row.map((v) => (typeof v === 'string' ? neutraliseFormula(v) : v));

function cell(v: Count | Measure | string): string {
  if (v === null) return '';
  const s = typeof v === 'number' ? String(v).replace('.', ',') : v;
  return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV for Dutch spreadsheets: ';' separated, decimal comma, BOM so Excel reads UTF-8. */
export function monitorCsv(result: MonitorResult): string {
  const t = monitorTable(result);
  return `\uFEFF${[t.header, ...t.rows].map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}
