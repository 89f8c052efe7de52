import type { ErrorDetail } from '../shared/errors';

/**
 * A weights file for a cost split: one line per gemeente, "gemeente;gewicht" (or a tab or comma
 * as separator), the gemeente as CBS code or name. A first line whose weight is not a number is a
 * header. Returns the pairs in file order, or Dutch row errors.
 */
export function parseWeightsTable(
  text: string,
): { ok: true; rows: { gemeente: string; weight: string }[] } | { ok: false; problems: ErrorDetail[] } {
  const rows: { gemeente: string; weight: string }[] = [];
  const problems: ErrorDetail[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const sep = line.includes('\t') ? '\t' : line.includes(';') ? ';' : ',';
    const cells = line.split(sep).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    const [gemeente = '', weight = ''] = cells;
    if (i === 0 && !/^\d/.test(weight)) return; // header
    if (gemeente === '') problems.push({ row: i + 1, field: 'gemeente', reason: 'gemeente ontbreekt' });
    else if (!/^\d+([.,]\d+)?%?$/.test(weight))
      problems.push({ row: i + 1, field: 'gewicht', reason: `'${weight}' is geen getal (bijv. 12,5)` });
    else rows.push({ gemeente, weight });
  });
  if (rows.length === 0 && problems.length === 0) problems.push({ field: 'gewicht', reason: 'het bestand bevat geen gewichten' });
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}
