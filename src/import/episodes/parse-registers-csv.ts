import { readCsv } from './csv';
import { parseDutchDate } from './dates';
import type { CapacityInput, ParseOutcome, RegionInput } from '../../domain/monitor/episode-input';
import type { ImportIssue } from '../../domain/monitor/responses';

export type RegisterKind = 'capaciteit' | 'regio';

export function registerKind(headerFields: readonly string[]): RegisterKind | null {
  const h = new Set(headerFields.map((f) => f.trim().toLowerCase()));
  if (h.has('plaatsen') && h.has('aanbieder') && h.has('van')) return 'capaciteit';
  if (h.has('gemeente') && h.has('regio') && h.has('gemeente_naam')) return 'regio';
  return null;
}

function table(text: string): { header: string[]; rows: { line: number; get: (c: string) => string }[] } {
  const recs = [...readCsv(text)];
  const header = (recs[0]?.fields ?? []).map((f) => f.trim().toLowerCase());
  const rows = recs.slice(1).map((r) => ({ line: r.line, get: (c: string) => (r.fields[header.indexOf(c)] ?? '').trim() }));
  return { header, rows };
}

/** Capacity register: aanbieder, locatie (optional), product (optional), van, tot (optional), plaatsen. */
export function parseCapacityCsv(text: string): ParseOutcome<CapacityInput> {
  const items: CapacityInput[] = [];
  const errors: ImportIssue[] = [];
  for (const { line: row, get } of table(text).rows) {
    const before = errors.length;
    const aanbieder = get('aanbieder');
    if (!aanbieder) errors.push({ row, field: 'aanbieder', reason: 'aanbieder ontbreekt' });
    const product = get('product').toUpperCase();
    if (product !== '' && product !== 'BW' && product !== 'MO')
      errors.push({ row, field: 'product', reason: `'${product}' is geen BW of MO` });
    const van = parseDutchDate(get('van'));
    if (!van) errors.push({ row, field: 'van', reason: `'${get('van')}' is geen datum` });
    const tot = get('tot') === '' ? null : parseDutchDate(get('tot'));
    if (get('tot') !== '' && !tot) errors.push({ row, field: 'tot', reason: `'${get('tot')}' is geen datum` });
    if (van && tot && tot < van) errors.push({ row, field: 'tot', reason: 'tot ligt voor van' });
    const plaatsen = Number(get('plaatsen'));
    if (!/^\d+$/.test(get('plaatsen')) || plaatsen <= 0)
      errors.push({ row, field: 'plaatsen', reason: `'${get('plaatsen')}' is geen positief aantal plaatsen` });
    if (errors.length > before || !van) continue;
    items.push({ aanbieder, locatie: get('locatie'), product: product as CapacityInput['product'], van, tot, plaatsen });
  }
  return { items, errors, skipped: [] };
}

/** Region register: gemeente (CBS code), gemeente_naam, regio (code), regio_naam. */
export function parseRegionCsv(text: string): ParseOutcome<RegionInput> {
  const items: RegionInput[] = [];
  const errors: ImportIssue[] = [];
  const seen = new Map<string, number>();
  for (const { line: row, get } of table(text).rows) {
    const raw = get('gemeente');
    const gemeente = /^\d{1,4}$/.test(raw) ? raw.padStart(4, '0') : null;
    if (!gemeente) {
      errors.push({ row, field: 'gemeente', reason: `'${raw}' is geen CBS-gemeentecode` });
      continue;
    }
    const prev = seen.get(gemeente);
    if (prev) {
      errors.push({ row, field: 'gemeente', reason: `gemeente ${gemeente} staat al op regel ${prev}` });
      continue;
    }
    seen.set(gemeente, row);
    const regio = get('regio');
    if (!regio) {
      errors.push({ row, field: 'regio', reason: 'regio ontbreekt' });
      continue;
    }
    items.push({ gemeente, gemeenteNaam: get('gemeente_naam') || gemeente, regio, regioNaam: get('regio_naam') || regio });
  }
  return { items, errors, skipped: [] };
}
